using System.CommandLine;
using System.Globalization;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Interchange.Writing;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Storage.PostGis;

namespace GeoPlan.Cli.Commands;

/// <summary><c>geoplan export</c>: writes one collection as GeoJSON, GeoPackage, Shapefile, CSV or KML in a chosen CRS.</summary>
internal static class ExportCommand
{
    private const int UsageError = 2;

    public static Command Create()
    {
        var collection = new Argument<string>("collection") { Description = "The collection to export, e.g. parks or rail_lines" };
        var format = new Option<string>("--format", "-f") { Description = $"The file format: {ExportFormat.Names}", Required = true };
        var crs = new Option<string?>("--crs")
        {
            Description = "The CRS of the coordinates, e.g. EPSG:4550 (default: CRS84, WGS 84 longitude/latitude)",
        };
        var year = new Option<string?>("--year")
        {
            Description = "Only features that exist in this scenario year, e.g. 2023 (baseline) or 2025 (plan)",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The file to write (default: <collection>.<ext> here); for shp a folder of loose files " +
                "(default: ./<collection>/), a .shp path to name them, or a .zip path for one zip",
        };
        var store = new StoreOptions();
        var command = new Command("export", "Export a collection for GIS tools: GeoJSON, GeoPackage, Shapefile, CSV or KML, in any CRS")
        {
            collection,
            format,
            crs,
            year,
            output,
        };
        store.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var request = Parse(parse.GetValue(format)!, parse.GetValue(crs), parse.GetValue(year), Console.Error);
            if (request is null)
            {
                return UsageError;
            }

            try
            {
                await using var opened = store.Open(parse, write: false, Console.Error);
                return opened is null
                    ? UsageError
                    : await ExportAsync(opened.Store, parse.GetValue(collection)!, request.Value, parse.GetValue(output), ct);
            }
            catch (Exception e) when (PostGisErrors.Describe(e) is { } reason)
            {
                await Console.Error.WriteLineAsync($"error: {reason}");
                return 1;
            }
            catch (Exception e) when (e is InvalidOperationException or StoreUnavailableException or ExportException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static (ExportFormat Format, CrsDefinition Crs, ScenarioYear? Year)? Parse(
        string formatName, string? crsCode, string? yearText, TextWriter error)
    {
        if (!ExportFormat.TryFind(formatName, out var format))
        {
            error.WriteLine($"error: --format '{formatName}' is not an export format; allowed: {ExportFormat.Names}");
            return null;
        }

        var crs = CrsRegistry.Crs84;
        if (crsCode is not null && !CrsRegistry.TryFind(crsCode, out crs))
        {
            var codes = string.Join(", ", CrsRegistry.All.Select(c => c.Code));
            error.WriteLine($"error: --crs '{crsCode}' is not a CRS GeoPlan knows; allowed: {codes}");
            return null;
        }

        if (format.CrsProblem(crs) is { } problem)
        {
            error.WriteLine($"error: --crs: {problem}");
            return null;
        }

        ScenarioYear? scenario = null;
        if (yearText is not null)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ||
                value < ScenarioYear.Min || value > ScenarioYear.Max)
            {
                error.WriteLine(
                    $"error: --year '{yearText}' is not a year from {ScenarioYear.Min} to {ScenarioYear.Max} " +
                    "(2023 is the baseline, 2025 the plan)");
                return null;
            }

            scenario = new ScenarioYear(value);
        }

        return (format, crs, scenario);
    }

    private static async Task<int> ExportAsync(
        IFeatureStore store,
        string collection,
        (ExportFormat Format, CrsDefinition Crs, ScenarioYear? Year) request,
        string? output,
        CancellationToken ct)
    {
        var layer = await store.GetLayerAsync(collection, ct);
        if (layer is null)
        {
            var ids = (await store.GetLayersAsync(ct)).Select(l => l.Id);
            await Console.Error.WriteLineAsync($"error: there is no collection '{collection}'; available: {string.Join(", ", ids)}");
            return UsageError;
        }

        var (format, crs, year) = request;
        var features = store.ScanAsync(layer.Id, null, year, ct);
        var (summary, written) = format == ExportFormat.Shapefile && !IsZip(output)
            ? await WriteShapefileAsync(layer, features, crs, output, ct)
            : await WriteFileAsync(layer, features, format, crs, output ?? $"{layer.Id}.{format.Extension}", ct);

        var existing = year is { } y ? $" existing in {y.Year}" : "";
        Console.WriteLine($"exported {summary.FeatureCount} features of {layer.Id}{existing} as {format.Title} in {crs.Code} to {written}");
        if (summary.RenamedFields.Count > 0)
        {
            var renamed = string.Join(", ", summary.RenamedFields.Select(r => $"{r.Field} -> {r.WrittenAs}"));
            Console.WriteLine($"dBASE field names are at most 10 characters: {renamed}");
        }

        foreach (var note in summary.Notes)
        {
            Console.WriteLine($"note: {note}");
        }

        return 0;
    }

    private static bool IsZip(string? output) => output?.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) == true;

    private static async Task<(ExportSummary, string)> WriteShapefileAsync(
        LayerInfo layer, IAsyncEnumerable<PlanFeature> features, CrsDefinition crs, string? output, CancellationToken ct)
    {
        var (directory, baseName) = output is not null && output.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)
            ? (Path.GetDirectoryName(Path.GetFullPath(output))!, Path.GetFileNameWithoutExtension(output))
            : (Path.GetFullPath(output ?? layer.Id), layer.Id);
        var summary = await ShapefileExportWriter.WriteFilesAsync(layer, features, crs, directory, baseName, ct);
        return (summary, Path.Combine(directory, baseName + ".shp"));
    }

    // The file appears whole or not at all: it is written beside its place and moved there once complete.
    private static async Task<(ExportSummary, string)> WriteFileAsync(
        LayerInfo layer,
        IAsyncEnumerable<PlanFeature> features,
        ExportFormat format,
        CrsDefinition crs,
        string output,
        CancellationToken ct)
    {
        var path = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.partial");
        try
        {
            ExportSummary summary;
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                summary = await ExportWriters.For(format).WriteAsync(layer, features, crs, file, ct);
            }

            File.Move(partial, path, overwrite: true);
            return (summary, path);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
