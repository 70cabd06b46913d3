using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GeoPlan.Server.Tests.Security;

/// <summary>Keeps every log entry the service writes, at every level, with its scopes' and state's values, to search for what must not
/// be logged.</summary>
internal sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>Every entry so far: category, level, message, state values, scope values and exception.</summary>
    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var entry = new System.Text.StringBuilder($"{category} {logLevel}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                entry.Append(" | ").AppendJoin(", ", values.Select(v => $"{v.Key}={v.Value}"));
            }

            logs._scopes.ForEachScope((scope, text) => text.Append(" | scope ").Append(scope), entry);
            entry.Append(exception);
            logs._entries.Enqueue(entry.ToString());
        }
    }
}
