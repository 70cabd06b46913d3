using GeoPlan.Core.Storage;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;

namespace GeoPlan.Cli.Tests;

/// <summary><c>geoplan import</c> run as a user runs it: into the embedded store or PostGIS, all of a file or none of it.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Wells = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"w1","geometry":{"type":"Point","coordinates":[123.40,41.80]},"properties":{"name":"一号井","depth":12}},
        {"type":"Feature","id":"w2","geometry":{"type":"Point","coordinates":[123.45,41.81]},"properties":{"name":"二号井","depth":30}}]}
        """;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Import_creates_a_collection_in_the_servers_store_and_says_what_it_wrote()
    {
        var geodata = _directory.File("checkout/geodata");
        BundledGeodata.CopyTo(geodata);
        var file = WriteFile("wells.geojson", Wells);

        var (exitCode, output, error) = await GeoplanCommand.RunAsync(
            "import", file, "--collection", "wells", "--status", "operating", "--accuracy-m", "10", "--title-zh", "水井", "--geodata", geodata);

        Assert.True(exitCode == 0, error);
        Assert.Contains("created the collection 'wells': 2 features written (Point; fields: depth integer)", output, StringComparison.Ordinal);
        using var store = new GeoPackageFeatureStore(Path.Combine(geodata, "..", "data", "geoplan.gpkg"));
        Assert.Equal(("水井", 2L), ((await store.GetLayerAsync("wells"))!.TitleZh, (await store.GetLayerAsync("wells"))!.FeatureCount));
    }

    [Fact]
    public async Task A_dry_run_and_a_file_with_problems_leave_the_store_as_it_was()
    {
        var storePath = await BuildStoreAsync();
        var before = await SnapshotAsync(storePath);
        var good = WriteFile("wells.geojson", Wells);
        var bad = WriteFile("bad.geojson", Wells.Replace("[123.45,41.81]", "[923.45,41.81]", StringComparison.Ordinal));

        var dryRun = await GeoplanCommand.RunAsync("import", good, "-c", "wells", "--status", "operating", "--accuracy-m", "10", "--dry-run", "--gpkg", storePath);
        var failed = await GeoplanCommand.RunAsync("import", bad, "-c", "wells", "--status", "operating", "--accuracy-m", "10", "--gpkg", storePath);

        Assert.True(dryRun.ExitCode == 0, dryRun.Error);
        Assert.Contains("dry run: would create the collection 'wells' with 2 features", dryRun.Output, StringComparison.Ordinal);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("error: nothing was imported: 1 problem", failed.Error, StringComparison.Ordinal);
        Assert.Contains("features[1] at byte", failed.Error, StringComparison.Ordinal);
        await AssertUnchangedAsync(storePath, before);
    }

    [Fact]
    public async Task Killing_an_import_mid_way_leaves_the_store_as_it_was()
    {
        var storePath = await BuildStoreAsync();
        var before = await SnapshotAsync(storePath);
        var source = _directory.File("generated");
        GeneratedGeodata.Write(source, 150_000, seed: 3);
        var journal = storePath + "-journal";

        using var import = GeoplanCommand.Start("import", Path.Combine(source, "plots.geojson"), "-c", "plots", "--gpkg", storePath);
        // SQLite keeps a journal from the first write to the commit; a file grown by a megabyte meanwhile is a write well under way.
        var size = new FileInfo(storePath).Length;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!(File.Exists(journal) && new FileInfo(storePath).Length > size + (1 << 20)) && !import.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.False(import.HasExited, "the import ended before it could be killed mid-way");
        import.Kill();
        await import.WaitForExitAsync();

        await AssertUnchangedAsync(storePath, before);
    }

    [SkippableFact]
    public async Task Import_writes_into_postgis_with_pg()
    {
        await using var database = await TemporaryDatabase.CreateAsync(TestPostGis.Require());
        var load = await GeoplanCommand.RunAsync("load", "--pg", database.ConnectionString, "--geodata", BundledGeodata.Directory.Path);
        Assert.True(load.ExitCode == 0, load.Error);
        var file = WriteFile("wells.geojson", Wells);

        var (exitCode, _, error) = await GeoplanCommand.RunAsync(
            "import", file, "-c", "wells", "--status", "operating", "--accuracy-m", "10", "--pg", database.ConnectionString);

        Assert.True(exitCode == 0, error);
        await using var dataSource = PostGisDataSource.Create(database.ConnectionString);
        var stored = await new PostGisFeatureStore(dataSource).ScanAsync("wells", null, null).ToListAsync();
        Assert.Equal(["w1", "w2"], stored.Select(f => f.Id));
    }

    private string WriteFile(string name, string text)
    {
        var path = _directory.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<string> BuildStoreAsync() => GeoplanCommand.BuildStoreAsync(_directory.File("store.gpkg"));

    private static async Task<StoreSnapshot> SnapshotAsync(string path)
    {
        using var store = new GeoPackageFeatureStore(path);
        return await StoreSnapshot.TakeAsync(store);
    }

    private static async Task AssertUnchangedAsync(string path, StoreSnapshot before)
    {
        using var store = new GeoPackageFeatureStore(path);
        await before.AssertSameAsync(store);
    }
}
