using GeoPlan.Storage.GeoPackage;
using GeoPlan.Testing;

namespace GeoPlan.Cli.Tests;

public sealed class GeoplanCommandTests
{
    [Fact]
    public async Task Validate_passes_the_bundled_geodata_and_lists_every_layer()
    {
        var (exitCode, output, error) = await GeoplanCommand.RunAsync("validate", "--geodata", BundledGeodata.Directory.Path);

        Assert.True(exitCode == 0, error);
        foreach (var layer in BundledGeodata.Result.Dataset.Layers)
        {
            Assert.Contains($"{layer.Id} ", output, StringComparison.Ordinal);
        }

        Assert.Contains("34 indicators; geodata is valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_problems_by_file_and_item_and_fails()
    {
        using var copy = CopyOfGeodata();
        var stations = Path.Combine(copy.Path, "rail_stations.geojson");
        File.WriteAllText(stations, File.ReadAllText(stations).Replace("\"id\": \"station-zhongjie\"", "\"id\": \"station-taiyuan-jie\"", StringComparison.Ordinal));

        var (exitCode, _, error) = await GeoplanCommand.RunAsync("validate", "--geodata", copy.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("rail_stations.geojson [station-taiyuan-jie]: the id is already used", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_writes_a_geopackage_with_every_layer()
    {
        using var directory = new TemporaryDirectory();
        var output = directory.File("built.gpkg");

        var (exitCode, _, error) = await GeoplanCommand.RunAsync("build", "--geodata", BundledGeodata.Directory.Path, "--out", output);

        Assert.True(exitCode == 0, error);
        var layers = await new GeoPackageFeatureStore(output).GetLayersAsync();
        Assert.Equal(BundledGeodata.Result.Dataset.Layers.Select(l => (l.Id, l.FeatureCount)), layers.Select(l => (l.Id, l.FeatureCount)));
    }

    [Fact]
    public async Task Build_of_broken_geodata_writes_nothing_and_keeps_the_old_file()
    {
        using var copy = CopyOfGeodata();
        var output = copy.File("existing.gpkg");
        File.WriteAllText(output, "the previous build");
        File.WriteAllText(Path.Combine(copy.Path, "parks.geojson"), "{ not json");

        var (exitCode, _, error) = await GeoplanCommand.RunAsync("build", "--geodata", copy.Path, "--out", output);

        Assert.Equal(1, exitCode);
        Assert.Contains("nothing written", error, StringComparison.Ordinal);
        Assert.Equal("the previous build", File.ReadAllText(output));
        Assert.Single(Directory.GetFiles(copy.Path, "*.gpkg*"));
    }

    [Fact]
    public async Task Geodata_directory_that_does_not_exist_is_a_clear_error()
    {
        var (exitCode, _, error) = await GeoplanCommand.RunAsync("validate", "--geodata", "/nonexistent/geodata");

        Assert.Equal(2, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    private static TemporaryDirectory CopyOfGeodata()
    {
        var copy = new TemporaryDirectory();
        BundledGeodata.CopyTo(copy.Path);
        return copy;
    }
}
