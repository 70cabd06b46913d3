using System.CommandLine;
using System.Diagnostics;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Geodata;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Storage.PostGis;

namespace GeoPlan.Cli.Commands;

/// <summary><c>geoplan load</c>: replaces a PostGIS database's data with geodata/ or a GeoPackage, in one transaction.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var pg = PostGisOption.Create();
        var geodata = GeodataOption.Create();
        var geoPackage = new Option<FileInfo?>("--gpkg") { Description = "Load this GeoPackage (built by 'geoplan build') instead of geodata/" };
        var command = new Command("load", "Load geodata/ (or a GeoPackage) into PostGIS with binary COPY in one transaction: all or nothing")
        {
            pg,
            geodata,
            geoPackage,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dataset = await ReadAsync(parse.GetValue(geodata), parse.GetValue(geoPackage), ct);
            if (dataset is null)
            {
                return 1;
            }

            try
            {
                var watch = Stopwatch.StartNew();
                await using var dataSource = PostGisDataSource.Create(parse.GetValue(pg)!);
                await PostGisLoader.LoadAsync(dataSource, dataset, ct);
                Console.WriteLine(
                    $"loaded {dataset.Features.Count} features in {dataset.Layers.Count} layers, {dataset.Tasks.Count} tasks and " +
                    $"{dataset.Indicators.Count} indicators in {watch.Elapsed.TotalSeconds:0.0} s");
                return 0;
            }
            catch (Exception e) when (PostGisErrors.Describe(e) is { } reason)
            {
                Console.Error.WriteLine($"error: {reason}; nothing was changed");
                return 1;
            }
        });
        return command;
    }

    private static async Task<PlanDataset?> ReadAsync(DirectoryInfo? geodata, FileInfo? geoPackage, CancellationToken ct)
    {
        if (geoPackage is not null)
        {
            if (!geoPackage.Exists)
            {
                await Console.Error.WriteLineAsync($"error: --gpkg '{geoPackage.FullName}' does not exist");
                return null;
            }

            return await StoredDataset.ReadAsync(new GeoPackageFeatureStore(geoPackage.FullName), ct);
        }

        var directory = GeodataOption.Resolve(geodata, Console.Error);
        if (directory is null)
        {
            return null;
        }

        var read = GeodataReader.Read(directory);
        if (!read.IsValid)
        {
            ProblemReport.Write(read.Problems, Console.Error);
            await Console.Error.WriteLineAsync($"nothing loaded: fix the {read.Problems.Count} problem(s) above first");
            return null;
        }

        return read.Dataset;
    }
}
