using System.Diagnostics;
using System.Text.Json.Nodes;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Geodata;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;
using Npgsql;

namespace GeoPlan.Cli.Tests;

/// <summary><c>geoplan migrate</c> and <c>geoplan load</c> against a real PostGIS.</summary>
public sealed class PostGisCommandTests : IAsyncLifetime
{
    private TemporaryDatabase? _database;

    private TemporaryDatabase Database => _database ?? throw new InvalidOperationException("no database");

    public async Task InitializeAsync()
    {
        if (TestPostGis.ConnectionString is { } server)
        {
            _database = await TemporaryDatabase.CreateAsync(server);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Migrate_applies_the_schema_once()
    {
        TestPostGis.Require();

        var first = await GeoplanCommand.RunAsync("migrate", "--pg", Database.ConnectionString);
        var second = await GeoplanCommand.RunAsync("migrate", "--pg", Database.ConnectionString);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("applied migration(s) 1", first.Output, StringComparison.Ordinal);
        Assert.Contains("schema already up to date", second.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Load_from_geodata_and_from_a_geopackage_give_the_same_store()
    {
        TestPostGis.Require();
        using var directory = new TemporaryDirectory();
        var geoPackage = directory.File("built.gpkg");
        await GeoplanCommand.RunAsync("build", "--geodata", BundledGeodata.Directory.Path, "--out", geoPackage);

        var fromGeodata = await GeoplanCommand.RunAsync("load", "--pg", Database.ConnectionString, "--geodata", BundledGeodata.Directory.Path);
        var afterGeodata = await CountsAsync();
        var fromGeoPackage = await GeoplanCommand.RunAsync("load", "--pg", Database.ConnectionString, "--gpkg", geoPackage);

        Assert.True(fromGeodata.ExitCode == 0, fromGeodata.Error);
        Assert.True(fromGeoPackage.ExitCode == 0, fromGeoPackage.Error);
        Assert.Equal(BundledGeodata.Result.Dataset.Layers.Select(l => (l.Id, l.FeatureCount)), afterGeodata);
        Assert.Equal(afterGeodata, await CountsAsync());
    }

    [SkippableFact]
    public async Task Load_copies_a_field_only_features_past_the_sample_have()
    {
        TestPostGis.Require();
        using var directory = new TemporaryDirectory();
        var count = GeodataStreamReader.FieldSample + 100;
        GeneratedGeodata.Write(directory.Path, count, 13);
        var path = Path.Combine(directory.Path, "plots.geojson");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var late = root["features"]![GeodataStreamReader.FieldSample + 50]!;
        late["properties"]!["zoning_code"] = "R2";
        File.WriteAllText(path, root.ToJsonString());

        var load = await GeoplanCommand.RunAsync("load", "--pg", Database.ConnectionString, "--geodata", directory.Path);

        Assert.True(load.ExitCode == 0, load.Error);
        var store = new PostGisFeatureStore(Database.DataSource);
        var plots = await store.GetLayerAsync("plots");
        Assert.Equal(count, plots!.FeatureCount);
        Assert.Contains(new FieldInfo("zoning_code", FieldType.Text), plots.Fields);
        var feature = await store.GetFeatureAsync("plots", (string)late["id"]!);
        Assert.Equal("R2", feature!.Attributes["zoning_code"]);
    }

    [SkippableTheory]
    [InlineData("Host=127.0.0.1;Port=1;Username=nobody;Database=nothing", "cannot reach PostgreSQL at 127.0.0.1:1 (connection refused)")]
    [InlineData("Colour=blue", "the PostgreSQL connection string is not valid")]
    public async Task A_database_it_cannot_use_is_one_clear_error_line(string connectionString, string expected)
    {
        TestPostGis.Require();

        var (exitCode, _, error) = await GeoplanCommand.RunAsync("load", "--pg", connectionString);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"error: {expected}", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [SkippableFact]
    public async Task Load_killed_in_the_middle_leaves_the_previous_data()
    {
        TestPostGis.Require();
        await GeoplanCommand.RunAsync("load", "--pg", Database.ConnectionString, "--geodata", BundledGeodata.Directory.Path);
        var before = await CountsAsync();
        using var directory = new TemporaryDirectory();
        GeneratedGeodata.Write(directory.Path, 200_000, 11);

        using var load = GeoplanCommand.Start("load", "--pg", Database.ConnectionString, "--geodata", directory.Path);
        var copying = await CopyingAsync(load);
        // SIGKILL: the process gets no chance to roll back; the server must.
        load.Kill();
        await load.WaitForExitAsync();

        Assert.True(copying, "the load never reached its COPY");
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<List<(string, long)>> CountsAsync()
    {
        var store = new PostGisFeatureStore(Database.DataSource);
        return (await store.GetLayersAsync()).Select(l => (l.Id, l.FeatureCount)).ToList();
    }

    private async Task<bool> CopyingAsync(Process process)
    {
        var watch = Stopwatch.StartNew();
        while (!process.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            await using var command = Database.DataSource.CreateCommand(
                $"SELECT count(*) FROM pg_stat_activity WHERE datname = '{Database.Name}' AND query LIKE 'COPY layers.%'");
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return true;
            }

            await Task.Delay(10);
        }

        return false;
    }
}
