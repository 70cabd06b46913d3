using System.Text.Json;
using GeoPlan.Testing;

namespace GeoPlan.Cli.Tests;

/// <summary><c>geoplan commute</c> run as a user runs it; GDAL opens the isochrones it writes.</summary>
public sealed class CommuteCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

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
