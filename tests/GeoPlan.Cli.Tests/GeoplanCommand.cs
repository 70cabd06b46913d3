using System.Diagnostics;
using GeoPlan.Testing;

namespace GeoPlan.Cli.Tests;

/// <summary>Runs the built <c>geoplan</c> command as a separate process, as a user would.</summary>
internal static class GeoplanCommand
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "geoplan.dll");

    /// <summary>Runs the command to completion.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments) =>
        ExternalTool.RunAsync("dotnet", [Assembly, .. arguments]);

    /// <summary>Runs the command to completion in <paramref name="workingDirectory"/> with extra environment variables.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunInAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        ExternalTool.RunInAsync(workingDirectory, environment, "dotnet", [Assembly, .. arguments]);

    /// <summary>Builds the bundled geodata into the GeoPackage store <paramref name="path"/> with <c>geoplan build</c>.</summary>
    public static async Task<string> BuildStoreAsync(string path)
    {
        var build = await RunAsync("build", "--geodata", BundledGeodata.Directory.Path, "--out", path);
        Xunit.Assert.True(build.ExitCode == 0, build.Error);
        return path;
    }

    /// <summary>Starts the command and leaves it running, its output discarded.</summary>
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
