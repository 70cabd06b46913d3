using System.Diagnostics;
using Xunit;

namespace GeoPlan.Testing;

/// <summary>Runs a real external program (GDAL's ogrinfo ...) or reads what one installed; skips without it locally, fails in CI.</summary>
public static class ExternalTool
{
    /// <summary>True when the suite runs in CI, where nothing may be skipped.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test (or fails it in CI) when <paramref name="program"/> is not on PATH.</summary>
    public static void Require(string program, string package)
    {
        if (Find(program) is not null)
        {
            return;
        }

        Missing($"'{program}' is not installed; install Debian's {package} (tools/test.sh does so when run as root)");
    }

    /// <summary>Skips the test (or fails it in CI) when <paramref name="path"/> is missing; <paramref name="remedy"/> is the fix.</summary>
    public static void RequirePath(string path, string remedy)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Missing($"'{path}' is missing; {remedy}");
        }
    }

    /// <summary>Runs the program to completion and returns its exit code, standard output and standard error.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string program, params string[] arguments) =>
        RunInAsync(null, null, program, arguments);

    /// <summary>Runs the program to completion in <paramref name="workingDirectory"/> (null: this process's) with extra
    /// <paramref name="environment"/> variables, and returns its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunInAsync(
        string? workingDirectory, IReadOnlyDictionary<string, string>? environment, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Skips the test, or fails it in CI, saying what is missing and how to get it.</summary>
    public static void Missing(string message)
    {
        if (InCi)
        {
            throw new InvalidOperationException($"CI=true: {message}");
        }

        Skip.If(true, message);
    }

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
