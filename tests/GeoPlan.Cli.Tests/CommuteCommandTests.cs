using System.Text.Json;
using GeoPlan.Testing;

namespace GeoPlan.Cli.Tests;

/// <summary><c>geoplan commute</c> run as a user runs it; GDAL opens the isochrones it writes.</summary>
public sealed class CommuteCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    // A square grid of two-way trunk roads, 2n+1 lines each way, spacing degrees apart, as LineStrings sharing every junction.
    private static string StreetGrid(double lon, double lat, double spacing, int n)
    {
        var features = new List<string>();
        for (var i = -n; i <= n; i++)
        {
            var across = Enumerable.Range(-n, (2 * n) + 1).Select(j => Position(lon + (j * spacing), lat + (i * spacing)));
            var along = Enumerable.Range(-n, (2 * n) + 1).Select(j => Position(lon + (i * spacing), lat + (j * spacing)));
            features.Add(Street($"ew{i}", across));
            features.Add(Street($"ns{i}", along));
        }

        return $"{{\"type\":\"FeatureCollection\",\"features\":[{string.Join(",", features)}]}}";

        static string Position(double x, double y) => FormattableString.Invariant($"[{Math.Round(x, 6)},{Math.Round(y, 6)}]");

        static string Street(string id, IEnumerable<string> positions) =>
            $"{{\"type\":\"Feature\",\"id\":\"street-{id}\",\"properties\":{{\"name_zh\":\"街{id}\",\"road_class\":\"trunk\"}}," +
            $"\"geometry\":{{\"type\":\"LineString\",\"coordinates\":[{string.Join(",", positions)}]}}}}";
    }

    private async Task<double> CarAreaKm2Async(string store, string roads)
    {
        var output = _directory.File($"car-{roads.Replace(',', '-')}.geojson");
        var run = await GeoplanCommand.RunAsync(
            "commute", "--from", "123.434,41.806", "--minutes", "30", "--modes", "car", "--roads", roads, "--gpkg", store, "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        return document.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("area_km2").GetDouble();
    }

    [SkippableFact]
    public async Task Commute_writes_nested_isochrones_gdal_reads_and_prints_the_population_each_covers()
    {
        ExternalTool.Require("ogrinfo", "gdal-bin");
        var store = await GeoplanCommand.BuildStoreAsync(_directory.File("store.gpkg"));
        var output = _directory.File("iso.geojson");

        var (exitCode, printed, error) = await GeoplanCommand.RunAsync(
            "commute", "--from", "rail_stations:沈阳北站", "--minutes", "45,30", "--year", "2023", "--modes", "walk,rail", "--gpkg", store, "--out", output);

        Assert.True(exitCode == 0, error);
        Assert.Matches(@"\s30 min .* km² .* people", printed);
        Assert.Matches(@"\s45 min .* km² .* people", printed);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        Assert.Equal("station-shenyang-beizhan", document.RootElement.GetProperty("place").GetProperty("feature_id").GetString());
        var info = await ExternalTool.RunAsync("ogrinfo", "-ro", "-al", "-so", output);
        Assert.True(info.ExitCode == 0, info.Error);
        Assert.Contains("Feature Count: 2", info.Output, StringComparison.Ordinal);
        Assert.Contains("Polygon", info.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_imported_street_network_joins_the_road_network_and_carries_cars_farther()
    {
        var store = await GeoplanCommand.BuildStoreAsync(_directory.File("store.gpkg"));
        var streets = _directory.File("streets.geojson");
        await File.WriteAllTextAsync(streets, StreetGrid(123.434, 41.806, 0.012, 25));
        var import = await GeoplanCommand.RunAsync(
            "import", streets, "-c", "city_streets", "--status", "operating", "--accuracy-m", "10", "--gpkg", store);
        Assert.True(import.ExitCode == 0, import.Error);

        var sketch = await CarAreaKm2Async(store, "roads");
        var withStreets = await CarAreaKm2Async(store, "roads,city_streets");
        var unknown = await GeoplanCommand.RunAsync(
            "commute", "--from", "123.434,41.806", "--roads", "nowhere", "--gpkg", store, "--out", _directory.File("x.geojson"));

        // 30 km of trunk roads each way (80 km/h, 0.6 at the peak): half an hour reaches well beyond local driving off the sketch.
        Assert.True(withStreets > sketch * 1.5, $"with streets {withStreets} km², sketch alone {sketch} km²");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--roads: there is no collection 'nowhere'", unknown.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--minutes", "60" }, "give exactly one of --from")]
    [InlineData(new[] { "--from", "123.4,41.8", "--minutes", "0" }, "--minutes: '0' is not a number of whole minutes")]
    [InlineData(new[] { "--from", "123.4,41.8", "--year", "2030" }, "--year 2030 is not a year")]
    [InlineData(new[] { "--from", "123.4,41.8", "--modes", "bus" }, "--modes: 'bus' is not a travel mode")]
    [InlineData(new[] { "--from", "north" }, "--from: 'north' is neither lon,lat")]
    public async Task Bad_arguments_exit_2_saying_what_to_fix(string[] arguments, string message)
    {
        var (exitCode, _, error) = await GeoplanCommand.RunAsync(["commute", .. arguments, "--out", _directory.File("x.geojson")]);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(_directory.File("x.geojson")));
    }
}
