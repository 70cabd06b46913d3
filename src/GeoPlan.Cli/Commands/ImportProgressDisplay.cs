using System.Diagnostics;
using System.Globalization;
using GeoPlan.Interchange.Import;
using Spectre.Console;

namespace GeoPlan.Cli.Commands;

/// <summary>Shows how an import is going: a live bar with features per second and time left on a terminal, a log line every few seconds otherwise.</summary>
internal static class ImportProgressDisplay
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="import"/> with progress shown on standard error.</summary>
    public static async Task<ImportReport> RunAsync(Func<IProgress<ImportProgress>, Task<ImportReport>> import)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected || !console.Profile.Capabilities.Interactive)
        {
            return await import(new LogLines(Console.Error));
        }

        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("reading", maxValue: 1);
                var watch = Stopwatch.StartNew();
                return await import(new Progress<ImportProgress>(p =>
                {
                    task.Value = p.Fraction;
                    task.Description = Describe(p, watch.Elapsed);
                }));
            });
    }

    private static string Describe(ImportProgress progress, TimeSpan elapsed) => string.Create(
        CultureInfo.InvariantCulture,
        $"{(progress.Pass > 1 ? $"pass {progress.Pass}: " : "")}{progress.FeaturesRead:N0} features, {progress.FeaturesRead / Math.Max(elapsed.TotalSeconds, 0.001):N0}/s");

    // Plain lines for logs and pipes, where a redrawn bar would be noise.
    private sealed class LogLines(TextWriter writer) : IProgress<ImportProgress>
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private TimeSpan _next = LogEvery;

        public void Report(ImportProgress value)
        {
            var elapsed = _watch.Elapsed;
            if (elapsed < _next)
            {
                return;
            }

            _next = elapsed + LogEvery;
            var left = value.Fraction > 0 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - value.Fraction) / value.Fraction) : (TimeSpan?)null;
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"import: {Describe(value, elapsed)}, {value.Fraction:P0} of the file{(left is { } l ? $", about {l.TotalSeconds:N0} s left" : "")}"));
        }
    }
}
