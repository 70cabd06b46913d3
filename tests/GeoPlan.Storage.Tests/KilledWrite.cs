using System.Diagnostics;
using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Storage.Tests;

/// <summary>A GeoPackage write in a child process, killed with SIGKILL while its transaction is open and part of it is on disk.</summary>
/// <remarks>The child is this test assembly run as a program (see <see cref="Program"/>); it says <see cref="Ready"/> once it has
/// written the features asked for, then waits for the next feature forever.</remarks>
internal static class KilledWrite
{
    /// <summary>The program's command for the child.</summary>
    public const string Command = "write-until-killed";

    /// <summary>What the child prints once the features are written and it waits.</summary>
    public const string Ready = "written; waiting for the next feature";

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>Starts the child on <paramref name="path"/>, waits until it has written <paramref name="count"/> features into parks,
    /// replacing or appending, then calls <paramref name="beforeKill"/> and kills it.</summary>
    public static async Task RunAndKillAsync(string path, ImportMode mode, int count, Action beforeKill)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
            [typeof(KilledWrite).Assembly.Location, Command, path, mode.ToString(), count.ToString(CultureInfo.InvariantCulture)];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.True(line == Ready, $"the child said '{line}' instead of '{Ready}': {(process.HasExited ? await error : "")}");
            beforeKill();
        }
        finally
        {
            // SIGKILL on Unix: no finaliser, no rollback, no closing of the file.
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The child's work: opens the store for writing and writes until killed.</summary>
    public static async Task RunChildAsync(string path, ImportMode mode, int count)
    {
        using var store = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite);
        var layer = (await store.GetLayerAsync("parks"))!;
        layer = layer with { Fields = [mode == ImportMode.Replace ? new("area_ha", FieldType.Real) : new("park_kind", FieldType.Text)] };
        await store.WriteLayerAsync(layer, mode, FeaturesThenWait(layer, count));
    }

    private static async IAsyncEnumerable<PlanFeature> FeaturesThenWait(LayerInfo layer, int count)
    {
        foreach (var plot in GeneratedLayer.Create(count, 49).Features)
        {
            yield return plot with
            {
                Id = "killed-" + plot.Id,
                Layer = layer.Id,
                Geometry = Wgs84.CreateMultiPolygon([(Polygon)plot.Geometry]),
                Attributes = new Dictionary<string, object?> { ["area_ha"] = 1.0, ["park_kind"] = "pocket" },
            };
        }

        Console.WriteLine(Ready);
        await Console.Out.FlushAsync();
        await Task.Delay(Timeout.Infinite);
    }

    // The test host runs under the dotnet muxer; the child runs this assembly under the same one.
    private static string DotnetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
}
