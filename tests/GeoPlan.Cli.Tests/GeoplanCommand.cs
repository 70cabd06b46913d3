using GeoPlan.Testing;

namespace GeoPlan.Cli.Tests;

/// <summary>Runs the built <c>geoplan</c> command as a separate process, as a user would.</summary>
internal static class GeoplanCommand
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "geoplan.dll");

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments) =>
        ExternalTool.RunAsync("dotnet", [Assembly, .. arguments]);
}
