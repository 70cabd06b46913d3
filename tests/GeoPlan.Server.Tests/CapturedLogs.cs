using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GeoPlan.Server.Tests;

/// <summary>A logger provider that keeps every entry the service writes, at every level, with its state and the scopes it was written
/// in: to find what must be logged and what must never be.</summary>
internal sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>The entries written so far, oldest first.</summary>
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

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
            var message = formatter(state, exception);
            var text = new System.Text.StringBuilder($"{category} {logLevel}: {message}");
            if (state is IEnumerable<KeyValuePair<string, object?>> stateValues)
            {
                text.Append(" | ").AppendJoin(", ", stateValues.Select(v => $"{v.Key}={v.Value}"));
            }

            var scopes = new Dictionary<string, object?>(StringComparer.Ordinal);
            logs._scopes.ForEachScope(
                (scope, values) =>
                {
                    text.Append(" | scope ").Append(scope);
                    if (scope is IEnumerable<KeyValuePair<string, object>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            values[key] = value;
                        }
                    }
                },
                scopes);
            text.Append(exception);
            logs.Entries.Enqueue(new CapturedLog(category, logLevel, message, scopes, text.ToString()));
        }
    }
}

/// <summary>One captured entry: its message, the scope values in force when it was written (inner scopes win), and all of it as
/// text — category, level, message, state values, scopes and exception.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Scopes, string Text);
