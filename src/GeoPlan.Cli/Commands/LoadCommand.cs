using System.CommandLine;
using System.Diagnostics;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Geodata;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Storage.PostGis;
using Npgsql;

namespace GeoPlan.Cli.Commands;

/// <summary><c>geoplan load</c>: replaces a PostGIS database's data with geodata/ or a GeoPackage, in one transaction.</summary>
internal static class LoadCommand
{
    // What a load copied, for its closing line: the layers (with their feature counts) and the plan.
    private readonly record struct Loaded(IReadOnlyList<LayerInfo> Layers, IReadOnlyList<PlanTask> Tasks, IReadOnlyList<Indicator> Indicators);

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
            try
            {
                var watch = Stopwatch.StartNew();
                await using var dataSource = PostGisDataSource.Create(parse.GetValue(pg)!);
                var loaded = parse.GetValue(geoPackage) is { } file
                    ? await LoadGeoPackageAsync(dataSource, file, ct)
                    : await LoadGeodataAsync(dataSource, parse.GetValue(geodata), ct);
                if (loaded is null)
                {
                    return 1;
                }

                var (layers, tasks, indicators) = loaded.Value;
                Console.WriteLine(
                    $"loaded {layers.Sum(l => l.FeatureCount)} features in {layers.Count} layers, {tasks.Count} tasks and " +
                    $"{indicators.Count} indicators in {watch.Elapsed.TotalSeconds:0.0} s");
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

    // geodata/ streams into the database as it is read and checked; any problem, found early or late, means no COMMIT.
    private static async Task<Loaded?> LoadGeodataAsync(NpgsqlDataSource dataSource, DirectoryInfo? geodata, CancellationToken ct)
    {
        var directory = GeodataOption.Resolve(geodata, Console.Error);
        if (directory is null)
        {
            return null;
        }

        // Sampling the files and the first connection with its schema check take about as long each: they overlap.
        var migrating = PostGisMigrations.ApplyAsync(dataSource, ct);
        var reader = GeodataStreamReader.Open(directory);
        await migrating;
        var source = new GeodataLoadSource(reader);
        if (reader.Problems.Count == 0 && await PostGisLoader.LoadAsync(dataSource, source, ct) is { } layers)
        {
            return new Loaded(layers, reader.Tasks, reader.Indicators);
        }

        ProblemReport.Write(reader.Problems, Console.Error);
        await Console.Error.WriteLineAsync($"nothing loaded: fix the {reader.Problems.Count} problem(s) above first");
        return null;
    }

    private static async Task<Loaded?> LoadGeoPackageAsync(NpgsqlDataSource dataSource, FileInfo geoPackage, CancellationToken ct)
    {
        if (!geoPackage.Exists)
        {
            await Console.Error.WriteLineAsync($"error: --gpkg '{geoPackage.FullName}' does not exist");
            return null;
        }

        var dataset = await StoredDataset.ReadAsync(new GeoPackageFeatureStore(geoPackage.FullName), ct);
        await PostGisLoader.LoadAsync(dataSource, dataset, ct);
        return new Loaded(dataset.Layers, dataset.Tasks, dataset.Indicators);
    }

    /// <summary>geodata/ as the loader reads it: the stream reader's layers and features, valid when its checks found no problem.</summary>
    private sealed class GeodataLoadSource(GeodataStreamReader reader) : ILoadSource
    {
        public IReadOnlyList<LayerInfo> Layers => reader.Layers;

        public IReadOnlyList<PlanTask> Tasks => reader.Tasks;

        public IReadOnlyList<Indicator> Indicators => reader.Indicators;

        public IReadOnlyList<IndicatorActual> Actuals => reader.Actuals;

        public IEnumerable<PlanFeature> ReadFeatures(LayerInfo layer) => reader.ReadFeatures(layer);

        public IReadOnlyList<FieldInfo> FieldsOf(LayerInfo layer) => reader.FieldsOf(layer);

        public Task<bool> IsValidAsync(CancellationToken ct) => Task.FromResult(reader.Finish().Count == 0);
    }
}
