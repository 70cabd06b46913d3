using GeoPlan.Interchange.Reading;
using GeoPlan.Interchange.Reading.Osm;
using GeoPlan.Testing;

namespace GeoPlan.Interchange.Tests.Osm;

/// <summary>Files the OSM reader refuses, and the messages that say what to do about them.</summary>
public sealed class OsmSourceErrorTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("buildings")]
    [InlineData("Roads")]
    public void A_missing_or_unknown_layer_is_refused_with_the_layers_there_are(string? layer)
    {
        var path = OsmTestFile.WriteXml(_directory);

        var error = Assert.Throws<SourceFormatException>(() => new OsmSource(path, new FeatureSourceOptions { Layer = layer }));

        Assert.Contains("roads, railways, stations", error.Message, StringComparison.Ordinal);
        Assert.Equal("extract.osm", error.File);
    }

    [Fact]
    public void Xml_that_is_not_osm_is_refused_naming_its_root()
    {
        var path = OsmTestFile.WriteXml(_directory, "track.osm", """<?xml version="1.0"?><gpx version="1.1"><trk/></gpx>""");

        var error = Assert.Throws<SourceFormatException>(() => Open(path, OsmLayers.Roads));

        Assert.Contains("<gpx>", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_neither_xml_nor_pbf_is_refused()
    {
        var path = OsmTestFile.WriteXml(_directory, "roads.pbf", "osm_id,highway\n1,primary\n");

        var error = Assert.Throws<SourceFormatException>(() => Open(path, OsmLayers.Roads));

        Assert.Contains("neither OpenStreetMap PBF", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var path = OsmTestFile.WriteXml(_directory, "empty.osm", "");

        Assert.Contains("empty", Assert.Throws<SourceFormatException>(() => Open(path, OsmLayers.Roads)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compressed_file_is_refused_with_how_to_convert_it()
    {
        var path = _directory.File("extract.osm.bz2");
        File.WriteAllBytes(path, [.. "BZh91AY&SY"u8]);

        var error = Assert.Throws<SourceFormatException>(() => Open(path, OsmLayers.Roads));

        Assert.Contains("osmium cat", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_xml_file_is_a_format_error_saying_where_it_stopped()
    {
        var text = OsmTestFile.Xml[..OsmTestFile.Xml.IndexOf("<tag k=\"name\" v=\"北陵大街\"/>", StringComparison.Ordinal)];
        var path = OsmTestFile.WriteXml(_directory, "cut.osm", text);
        using var source = Open(path, OsmLayers.Roads);

        var error = Assert.Throws<SourceFormatException>(() => source.ReadFeatures().ToList());

        Assert.StartsWith("line ", error.Position, StringComparison.Ordinal);
        Assert.Contains("after way 101", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_after_the_ways_is_refused_with_how_to_sort_the_file()
    {
        var lateNode = """<node id="500" version="1" lat="41.9" lon="123.5"/></osm>""";
        var text = OsmTestFile.Xml.Replace("</osm>", lateNode, StringComparison.Ordinal);
        var path = OsmTestFile.WriteXml(_directory, "unsorted.osm", text);
        using var source = Open(path, OsmLayers.Roads);

        var error = Assert.Throws<SourceFormatException>(() => source.ReadFeatures().ToList());

        Assert.Equal("node 500", error.Position);
        Assert.Contains("osmium sort", error.Problem, StringComparison.Ordinal);
    }

    private static OsmSource Open(string path, string layer) => new(path, new FeatureSourceOptions { Layer = layer });
}
