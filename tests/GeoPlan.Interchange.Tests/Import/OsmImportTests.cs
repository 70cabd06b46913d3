using System.Text.RegularExpressions;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.Reading;
using GeoPlan.Interchange.Tests.Osm;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Tests.Import;

/// <summary>An OpenStreetMap extract gives the commute network its roads, railways and stations, one collection at a time.</summary>
public sealed partial class OsmImportTests : IDisposable
{
    private readonly ImportTarget _target = new();
    private readonly TemporaryDirectory _directory = new();

    public void Dispose()
    {
        _target.Dispose();
        _directory.Dispose();
    }

    [Theory]
    [InlineData("roads", OgcGeometryType.MultiLineString, "speed_kmh")]
    [InlineData("railways", OgcGeometryType.MultiLineString, "railway")]
    [InlineData("stations", OgcGeometryType.Point, "railway")]
    public async Task Each_osm_layer_imports_into_its_own_collection_with_its_tags_as_fields(string osmLayer, OgcGeometryType type, string field)
    {
        // Without the two ways that cannot be drawn (one uses a node the extract lacks, one has a single node).
        var path = OsmTestFile.WriteXml(_directory, text: UndrawableWays().Replace(OsmTestFile.Xml, ""));
        var expected = OsmTestFile.Read(path, osmLayer);

        var report = await _target.ImportAsync(path, "osm_" + osmLayer, r => r with { SourceOptions = new FeatureSourceOptions { Layer = osmLayer } });

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        var layer = (await _target.Store.GetLayerAsync("osm_" + osmLayer))!;
        Assert.Equal(type, layer.GeometryType);
        Assert.Contains(layer.Fields, f => f.Name == field);
        Assert.Equal(expected.Select(f => f.Id).Order(StringComparer.Ordinal), (await _target.FeaturesAsync("osm_" + osmLayer)).Select(f => f.Id));
    }

    [Fact]
    public async Task Ways_the_extract_cannot_draw_stop_the_import_naming_each_way()
    {
        var path = OsmTestFile.WriteXml(_directory);

        var report = await _target.ImportAsync(path, "osm_roads", r => r with { SourceOptions = new FeatureSourceOptions { Layer = "roads" } });

        Assert.False(report.Succeeded);
        Assert.Equal(["way 106", "way 107"], report.Problems.Select(p => p.Position));
        Assert.Null(await _target.Store.GetLayerAsync("osm_roads"));
    }

    [GeneratedRegex("""<way id="10[67]".*?</way>""", RegexOptions.Singleline)]
    private static partial Regex UndrawableWays();
}
