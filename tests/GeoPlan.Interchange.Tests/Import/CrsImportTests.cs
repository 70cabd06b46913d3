using System.Globalization;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Tests.Import;

/// <summary>Imports read coordinates in the CRS the file states or the user names, and never guess one.</summary>
public sealed class CrsImportTests : IDisposable
{
    private readonly ImportTarget _target = new();

    public void Dispose() => _target.Dispose();

    [SkippableFact]
    public async Task A_shapefile_in_epsg_4550_made_by_ogr2ogr_imports_back_to_the_original_coordinates_within_a_centimetre()
    {
        ExternalTool.Require("ogr2ogr", "gdal-bin");
        var shapefile = _target.File("parks_4550.shp");
        await Ogr2OgrAsync(shapefile, Path.Combine(BundledGeodata.Directory.Path, "parks.geojson"), "-t_srs", "EPSG:4550", "-lco", "ENCODING=UTF-8");

        var original = (await _target.FeaturesAsync("parks")).ToDictionary(f => f.Id);

        var report = await _target.ImportAsync(shapefile, "parks", r => r with { Mode = Core.Storage.ImportMode.Replace });

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.StartsWith("EPSG:4550", report.Crs, StringComparison.Ordinal);
        Assert.Contains("as the file states", report.Crs, StringComparison.Ordinal);
        var imported = await _target.FeaturesAsync("parks");
        Assert.Equal(original.Count, imported.Count);
        foreach (var feature in imported)
        {
            Assert.True(GroundMetres.Largest(original[feature.Id].Geometry, feature.Geometry) < 0.01, feature.Id);
            Assert.Equal(original[feature.Id].NameZh, feature.NameZh);
            Assert.Equal(original[feature.Id].Status, feature.Status);
        }
    }

    [SkippableFact]
    public async Task Chinese_text_of_a_gbk_shapefile_survives_the_import()
    {
        ExternalTool.Require("ogr2ogr", "gdal-bin");
        var geojson = _target.File("stations.geojson");
        File.WriteAllText(geojson, """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[123.4386,41.8257]},"properties":{"id":"s1","name_zh":"沈阳北站","district":"皇姑区"}}]}
            """);
        var shapefile = _target.File("stations_gbk.shp");
        await Ogr2OgrAsync(shapefile, geojson, "-lco", "ENCODING=GBK");

        var report = await _target.ImportAsync(shapefile, "stations_gbk");

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        var feature = Assert.Single(await _target.FeaturesAsync("stations_gbk"));
        Assert.Equal(("沈阳北站", "皇姑区"), (feature.NameZh, feature.Attributes["district"]));
    }

    [Fact]
    public async Task Gcj02_coordinates_named_by_the_user_land_on_the_wgs84_positions_they_were_shifted_from()
    {
        var stations = await _target.FeaturesAsync("rail_stations");
        var toGcj02 = new CrsTransform(CrsRegistry.Crs84, CrsRegistry.Gcj02);
        var lines = stations.Select(s =>
        {
            var (x, y) = toGcj02.Apply(s.Geometry.Coordinate.X, s.Geometry.Coordinate.Y);
            return string.Create(CultureInfo.InvariantCulture,
                $$$"""{"type":"Feature","id":"gcj-{{{s.Id}}}","geometry":{"type":"Point","coordinates":[{{{x:R}}},{{{y:R}}}]},"properties":{"name":"{{{s.NameZh}}}"}}""");
        });
        var path = _target.File("stations_gcj02.geojsonl");
        File.WriteAllLines(path, lines);

        var report = await _target.ImportAsync(path, "stations_gcj", r => r with { Crs = "GCJ-02" });

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        var imported = (await _target.FeaturesAsync("stations_gcj")).ToDictionary(f => f.Id);
        Assert.Equal(stations.Count, imported.Count);
        // The shift is several hundred metres; undone, it leaves less than a millimetre.
        Assert.All(stations, s => Assert.True(GroundMetres.Between(s.Geometry.Coordinate, imported["gcj-" + s.Id].Geometry.Coordinate) < 0.001, s.Id));
    }

    [Fact]
    public async Task A_crs_geoplan_does_not_know_is_an_error_naming_what_the_file_states()
    {
        var before = await StoreSnapshot.TakeAsync(_target.Store);
        var path = _target.File("xian.geojson");
        File.WriteAllText(path, """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2383"}},"features":[
            {"type":"Feature","id":"x1","geometry":{"type":"Point","coordinates":[500000,4630000]},"properties":{"name":"点"}}]}
            """);

        var report = await _target.ImportAsync(path, "xian");

        Assert.False(report.Succeeded);
        var problem = Assert.Single(report.Problems).Message;
        Assert.Contains("2383", problem, StringComparison.Ordinal);
        Assert.Contains("--crs", problem, StringComparison.Ordinal);
        await before.AssertSameAsync(_target.Store);
    }

    [Fact]
    public async Task A_csv_states_no_crs_so_the_import_asks_for_one_instead_of_guessing()
    {
        var path = _target.File("wells.csv");
        File.WriteAllText(path, "id,name,lon,lat\nw1,井,123.4,41.8\n");

        var refused = await _target.ImportAsync(path, "wells");
        var named = await _target.ImportAsync(path, "wells", r => r with { Crs = "EPSG:4326" });

        Assert.Contains("does not state its CRS", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
        Assert.True(named.Succeeded, string.Join("\n", named.Problems));
        Assert.Equal(new Coordinate(123.4, 41.8), Assert.Single(await _target.FeaturesAsync("wells")).Geometry.Coordinate);
    }

    [Fact]
    public async Task Coordinates_outside_the_crs_area_are_rejected_with_their_position()
    {
        // Gauss-Krüger coordinates without the zone number, said to be in the zone-prefixed CRS: they land near 36°E.
        var path = _target.File("wells.csv");
        File.WriteAllText(path, "id,name,x,y\nw1,井,533000,4630000\n");

        var report = await _target.ImportAsync(path, "wells", r => r with { Crs = "EPSG:4529" });

        var problem = Assert.Single(report.Problems);
        Assert.Equal("line 2", problem.Position);
        Assert.Contains("outside where EPSG:4529 is used", problem.Message, StringComparison.Ordinal);
    }

    private static async Task Ogr2OgrAsync(string destination, string source, params string[] options)
    {
        var (exitCode, _, error) = await ExternalTool.RunAsync("ogr2ogr", [.. options, destination, source]);
        Assert.True(exitCode == 0, error);
    }
}
