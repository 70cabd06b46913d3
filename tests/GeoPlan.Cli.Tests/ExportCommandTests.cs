using System.Text.RegularExpressions;
using GeoPlan.Core.Model;
using GeoPlan.Testing;
using GeoPlan.Testing.Export;

namespace GeoPlan.Cli.Tests;

/// <summary><c>geoplan export</c> run as a user runs it, its files opened by GDAL.</summary>
public sealed partial class ExportCommandTests : IDisposable
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;
    private readonly TemporaryDirectory _directory = new();
    private readonly TemporaryDirectory _temporary = new();

    public void Dispose()
    {
        _directory.Dispose();
        _temporary.Dispose();
    }

    [SkippableTheory]
    [InlineData("geojson", "parks.geojson", "EPSG:4550")]
    [InlineData("gpkg", "parks.gpkg", "EPSG:4550")]
    [InlineData("shp", "parks/parks.shp", "EPSG:4550")]
    [InlineData("csv", "parks.csv", "EPSG:4550")]
    [InlineData("kml", "parks.kml", null)]
    public async Task Export_writes_collection_dot_extension_here_from_the_servers_store_and_gdal_reads_it_back(
        string format, string file, string? crs)
    {
        var geodata = CopyOfGeodata();
        string[] crsArguments = crs is null ? [] : ["--crs", crs];

        var (exitCode, output, error) = await RunHereAsync(["export", "parks", "--format", format, .. crsArguments, "--geodata", geodata]);

        Assert.True(exitCode == 0, error);
        // Built from geodata/ as the server builds it, where the server keeps it.
        Assert.True(File.Exists(Path.Combine(geodata, "..", "data", "geoplan.gpkg")), error);
        var path = _directory.File(file);
        Assert.Contains($"exported 10 features of parks as", output, StringComparison.Ordinal);
        Assert.Contains(path, output, StringComparison.Ordinal);
        var read = await GdalReader.ReadAsync(path, format == "csv" ? crs : null);
        ExportAssertions.SameFeatures(
            Layer("parks"), FeaturesOf("parks"), read, Renamed(output), format == "shp" ? ExportAssertions.DbfTextBytes : null);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temporary.Path));
    }

    [SkippableFact]
    public async Task Shapefile_export_prints_every_shortened_field_name_and_gdal_finds_the_fields_under_them()
    {
        var store = await BuildStoreAsync();
        var output = _directory.File("lines/rail.shp");

        var (exitCode, printed, error) = await RunHereAsync(["export", "rail_lines", "-f", "shp", "--gpkg", store, "--out", output]);

        Assert.True(exitCode == 0, error);
        var renamed = Renamed(printed);
        Assert.Equal("target_yea", renamed["target_year"]);
        Assert.Equal("target_ye1", renamed["target_year_null_reason"]);
        Assert.Contains("note: source: 21 value(s) longer than 254 bytes were cut", printed, StringComparison.Ordinal);
        var read = await GdalReader.ReadAsync(output);
        ExportAssertions.SameFeatures(Layer("rail_lines"), FeaturesOf("rail_lines"), read, renamed, ExportAssertions.DbfTextBytes);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temporary.Path));
    }

    [SkippableFact]
    public async Task Year_keeps_the_features_that_exist_in_that_scenario()
    {
        var store = await BuildStoreAsync();
        var output = _directory.File("stations-2023.gpkg");

        var (exitCode, printed, error) = await RunHereAsync(
            ["export", "rail_stations", "-f", "gpkg", "--year", "2023", "--gpkg", store, "-o", output]);

        Assert.True(exitCode == 0, error);
        var expected = FeaturesOf("rail_stations").Where(new ScenarioYear(2023).Includes).ToList();
        Assert.Contains($"exported {expected.Count} features of rail_stations existing in 2023", printed, StringComparison.Ordinal);
        ExportAssertions.SameFeatures(Layer("rail_stations"), expected, await GdalReader.ReadAsync(output));
    }

    [Theory]
    [InlineData(new[] { "export", "nowhere", "-f", "csv" }, "there is no collection 'nowhere'; available: metro_cities, districts")]
    [InlineData(new[] { "export", "parks", "-f", "xls" }, "--format 'xls' is not an export format; allowed: geojson, gpkg, shp, csv, kml")]
    [InlineData(new[] { "export", "parks", "-f", "csv", "--crs", "EPSG:9999" }, "'EPSG:9999' is not a CRS GeoPlan knows; allowed: CRS84,")]
    [InlineData(new[] { "export", "parks", "-f", "kml", "--crs", "EPSG:4550" }, "KML is always WGS 84 longitude/latitude")]
    [InlineData(new[] { "export", "parks", "-f", "csv", "--year", "next" }, "--year 'next' is not a year from 1900 to 2100")]
    public async Task Unknown_collection_format_crs_or_year_is_exit_code_2_naming_what_is_allowed(string[] arguments, string message)
    {
        var store = await BuildStoreAsync();

        var (exitCode, _, error) = await RunHereAsync([.. arguments, "--gpkg", store]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_directory.Path, "parks*"));
    }

    [SkippableFact]
    public async Task Export_reads_postgis_with_pg()
    {
        await using var database = await TemporaryDatabase.CreateAsync(TestPostGis.Require());
        var load = await GeoplanCommand.RunAsync("load", "--pg", database.ConnectionString, "--geodata", BundledGeodata.Directory.Path);
        Assert.True(load.ExitCode == 0, load.Error);
        var output = _directory.File("stations.geojson");

        var (exitCode, _, error) = await RunHereAsync(
            ["export", "rail_stations", "-f", "geojson", "--crs", "EPSG:4550", "--pg", database.ConnectionString, "-o", output]);

        Assert.True(exitCode == 0, error);
        ExportAssertions.SameFeatures(Layer("rail_stations"), FeaturesOf("rail_stations"), await GdalReader.ReadAsync(output));
    }

    private static LayerInfo Layer(string id) => Data.Layers.Single(l => l.Id == id);

    private static List<PlanFeature> FeaturesOf(string layer) => Data.Features.Where(f => f.Layer == layer).ToList();

    // "dBASE field names are at most 10 characters: target_year -> target_yea, ..."
    private static Dictionary<string, string> Renamed(string output) =>
        RenamePattern().Matches(output).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    private Task<(int ExitCode, string Output, string Error)> RunHereAsync(string[] arguments) =>
        // A private temporary folder shows whether the export left anything behind.
        GeoplanCommand.RunInAsync(_directory.Path, new Dictionary<string, string> { ["TMPDIR"] = _temporary.Path + "/" }, arguments);

    private string CopyOfGeodata()
    {
        var geodata = _directory.File("checkout/geodata");
        BundledGeodata.CopyTo(geodata);
        return geodata;
    }

    private Task<string> BuildStoreAsync() => GeoplanCommand.BuildStoreAsync(_directory.File("store.gpkg"));

    [GeneratedRegex(@"(\w+) -> (\w+)")]
    private static partial Regex RenamePattern();
}
