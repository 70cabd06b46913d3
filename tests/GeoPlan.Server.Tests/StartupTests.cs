using GeoPlan.Testing;

namespace GeoPlan.Server.Tests;

/// <summary>The server as users start it: where it listens, and building its store from geodata/ when needed.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task It_listens_where_urls_says()
    {
        var port = ServerProcess.FreePort();
        await using var server = ServerProcess.Start(["--urls", $"http://127.0.0.1:{port}"], StoreSettings());

        Assert.True(await server.AnswersAsync($"http://127.0.0.1:{port}/conformance"));
    }

    [Fact]
    public async Task It_listens_where_ASPNETCORE_URLS_says()
    {
        var port = ServerProcess.FreePort();
        var environment = new Dictionary<string, string>(StoreSettings()) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" };
        await using var server = ServerProcess.Start([], environment);

        Assert.True(await server.AnswersAsync($"http://127.0.0.1:{port}/conformance"));
    }

    [Fact]
    public async Task It_builds_a_missing_store_and_rebuilds_one_older_than_geodata()
    {
        var store = _directory.File("store.gpkg");
        await using (var first = new GeoPlanApp(BundledGeodata.Directory.Path, store))
        {
            await first.CreateClient().GetJsonAsync("/collections");
        }

        Assert.True(File.Exists(store));
        var built = File.GetLastWriteTimeUtc(store);

        await using (var unchanged = new GeoPlanApp(BundledGeodata.Directory.Path, store))
        {
            await unchanged.CreateClient().GetJsonAsync("/collections");
        }

        Assert.Equal(built, File.GetLastWriteTimeUtc(store));

        File.SetLastWriteTimeUtc(store, BundledGeodata.Directory.LastWriteTimeUtc().AddMinutes(-1));
        await using (var stale = new GeoPlanApp(BundledGeodata.Directory.Path, store))
        {
            await stale.CreateClient().GetJsonAsync("/collections");
        }

        Assert.True(File.GetLastWriteTimeUtc(store) > BundledGeodata.Directory.LastWriteTimeUtc());
    }

    [Theory]
    [InlineData("GeoPlan__Geodata", "/nonexistent/geodata", "Cannot start: GeoPlan:Geodata is '/nonexistent/geodata', which does not exist")]
    [InlineData("GeoPlan__Store", "oracle", "Cannot start: GeoPlan:Store is 'oracle'; allowed: geopackage (the default), postgis")]
    public async Task A_store_it_cannot_open_stops_it_with_one_line(string setting, string value, string expected)
    {
        var environment = new Dictionary<string, string>(StoreSettings()) { [setting] = value };
        await using var server = ServerProcess.Start(["--urls", $"http://127.0.0.1:{ServerProcess.FreePort()}"], environment);

        Assert.Equal(1, await server.ExitCodeAsync());
        Assert.Contains(expected, server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", server.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private Dictionary<string, string> StoreSettings() => new()
    {
        ["GeoPlan__Geodata"] = BundledGeodata.Directory.Path,
        ["GeoPlan__GeoPackage"] = _directory.File("geoplan.gpkg"),
    };
}
