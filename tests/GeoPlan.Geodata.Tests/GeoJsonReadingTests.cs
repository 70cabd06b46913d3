using System.Text;
using System.Text.Json.Nodes;
using GeoPlan.Core.Model;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoPlan.Geodata.Tests;

/// <summary>Layer files stream feature by feature: any member order, every geometry type, refills, and malformed input located.</summary>
public sealed class GeoJsonReadingTests : IDisposable
{
    private readonly TemporaryDirectory _copy = new();

    public GeoJsonReadingTests() => BundledGeodata.CopyTo(_copy.Path);

    public void Dispose() => _copy.Dispose();

    [Theory]
    [InlineData("Point", "[123.4, 41.8]", "POINT (123.4 41.8)")]
    [InlineData("LineString", "[[123.4, 41.8], [123.5, 41.9, 12.0]]", "LINESTRING (123.4 41.8, 123.5 41.9)")]
    [InlineData(
        "Polygon",
        "[[[123.4, 41.8], [123.6, 41.8], [123.6, 42.0], [123.4, 41.8]], [[123.5, 41.85], [123.55, 41.85], [123.55, 41.9], [123.5, 41.85]]]",
        "POLYGON ((123.4 41.8, 123.6 41.8, 123.6 42, 123.4 41.8), (123.5 41.85, 123.55 41.85, 123.55 41.9, 123.5 41.85))")]
    [InlineData("MultiPoint", "[[123.4, 41.8], [123.5, 41.9]]", "MULTIPOINT ((123.4 41.8), (123.5 41.9))")]
    [InlineData(
        "MultiLineString",
        "[[[123.4, 41.8], [123.5, 41.9]], [[123.6, 41.8], [123.7, 41.9]]]",
        "MULTILINESTRING ((123.4 41.8, 123.5 41.9), (123.6 41.8, 123.7 41.9))")]
    [InlineData(
        "MultiPolygon",
        "[[[[123.4, 41.8], [123.5, 41.8], [123.5, 41.9], [123.4, 41.8]]], [[[123.6, 41.8], [123.7, 41.8], [123.7, 41.9], [123.6, 41.8]]]]",
        "MULTIPOLYGON (((123.4 41.8, 123.5 41.8, 123.5 41.9, 123.4 41.8)), ((123.6 41.8, 123.7 41.8, 123.7 41.9, 123.6 41.8)))")]
    public void Every_geometry_type_is_read_in_two_dimensions(string type, string coordinates, string wkt)
    {
        AddLayer(type, Feature(type, coordinates));

        var (features, problems) = ReadSamples();

        Assert.Empty(problems);
        var geometry = Assert.Single(features).Geometry;
        Assert.Equal(wkt, new WKTWriter().Write(geometry));
        Assert.Equal(4326, geometry.SRID);
    }

    [Fact]
    public void Members_may_come_in_any_order()
    {
        AddLayer(
            "Polygon",
            $$"""
            {"geometry":{"coordinates":[[[123.4,41.8],[123.5,41.8],[123.5,41.9],[123.4,41.8]]],"bbox":[0,0,1,1],"type":"Polygon"},
             "properties":{{Properties}},"extra":{"nested":[1,{"a":null}]},"id":"sample","type":"Feature"}
            """);

        var (features, problems) = ReadSamples();

        Assert.Empty(problems);
        var feature = Assert.Single(features);
        Assert.Equal("POLYGON ((123.4 41.8, 123.5 41.8, 123.5 41.9, 123.4 41.8))", new WKTWriter().Write(feature.Geometry));
        Assert.Equal("样例", feature.NameZh);
        Assert.Equal("large", feature.Attributes["size"]);
    }

    [Fact]
    public void Features_read_back_exactly_as_written_across_many_buffer_refills()
    {
        var plots = GeneratedGeodata.Write(_copy.Path, 3_000, 5);

        var read = GeodataReader.Read(new GeodataDirectory(_copy.Path));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        var features = read.Dataset.Features.Where(f => f.Layer == "plots").ToList();
        Assert.Equal(plots.Features.Select(f => f.Id), features.Select(f => f.Id));
        Assert.All(plots.Features.Zip(features), pair =>
        {
            Assert.True(pair.First.Geometry.EqualsExact(pair.Second.Geometry), pair.First.Id);
            Assert.Equal(pair.First.Attributes.Where(a => a.Value is not null), pair.Second.Attributes.Where(a => a.Value is not null));
        });
        Assert.Equal(plots.Layer.Fields, read.Dataset.Layers.Single(l => l.Id == "plots").Fields);
    }

    [Fact]
    public void A_feature_larger_than_the_read_buffer_is_read_whole()
    {
        var positions = Enumerable.Range(0, 20_000).Select(i => $"[{123 + (i * 0.00001):0.00000}, {41.8 + ((i % 2) * 0.001):0.000}]");
        AddLayer("LineString", Feature("LineString", $"[{string.Join(", ", positions)}]"));

        var (features, problems) = ReadSamples();

        Assert.Empty(problems);
        Assert.Equal(20_000, Assert.Single(features).Geometry.NumPoints);
    }

    [Fact]
    public void Malformed_json_is_reported_with_the_feature_and_its_position()
    {
        var path = Path.Combine(_copy.Path, "rail_stations.geojson");
        var text = File.ReadAllText(path);
        var third = IndexOfNth(text, "\"id\"", 3);
        File.WriteAllText(path, text[..third] + "\"id\" \"no-colon\"," + text[third..]);

        var problems = GeodataReader.Read(new GeodataDirectory(_copy.Path)).Problems;

        var problem = Assert.Single(problems, p => p.File == "rail_stations.geojson");
        Assert.Equal("features[2]", problem.Item);
        Assert.Contains("LineNumber:", problem.Message, StringComparison.Ordinal);
        Assert.Contains("BytePositionInLine:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_cut_short_is_reported()
    {
        var path = Path.Combine(_copy.Path, "rail_stations.geojson");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        var read = GeodataReader.Read(new GeodataDirectory(_copy.Path));

        Assert.Contains(read.Problems, p => p.File == "rail_stations.geojson" && p.Item is not null && p.Item.StartsWith("features[", StringComparison.Ordinal));
        Assert.DoesNotContain(read.Dataset.Layers, l => l.Id == "rail_stations");
    }

    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[123.4,41.8],[123.5,41.8],[123.5,41.9],[123.4,41.9]]]}""", "must be closed")]
    [InlineData("""{"type":"Polygon","coordinates":[[[123.4,41.8],[123.5,41.8],[123.4,41.8]]]}""", "at least 4 position(s)")]
    [InlineData("""{"type":"Polygon","coordinates":[[[123.4],[123.5,41.8],[123.5,41.9],[123.4]]]}""", "a position must be an array of 2 or more numbers")]
    [InlineData("""{"type":"Polygon","coordinates":[[["123.4","41.8"],[123.5,41.8],[123.5,41.9],["123.4","41.8"]]]}""", "a position must be")]
    [InlineData("""{"type":"Polygon"}""", "needs 'coordinates'")]
    [InlineData("""{"coordinates":[123.4,41.8]}""", "needs a string 'type'")]
    [InlineData("""{"type":"Circle","coordinates":[123.4,41.8]}""", "'type' is 'Circle'; allowed:")]
    [InlineData("""{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[123.4,41.8]}]}""", "geometry is GeometryCollection but layer 'parks' holds MultiPolygon")]
    [InlineData("null", "'geometry' is missing or null")]
    public void Bad_geometry_is_reported_against_its_feature(string geometry, string message)
    {
        var path = Path.Combine(_copy.Path, "parks.geojson");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        root["features"]![1]!["geometry"] = JsonNode.Parse(geometry);
        File.WriteAllText(path, root.ToJsonString());
        var id = (string)root["features"]![1]!["id"]!;

        var problems = GeodataReader.Read(new GeodataDirectory(_copy.Path)).Problems;

        Assert.Contains(problems, p => p.File == "parks.geojson" && p.Item == id && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_feature_without_an_id_is_reported_by_its_position()
    {
        var path = Path.Combine(_copy.Path, "parks.geojson");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        root["features"]![3]!["id"] = 17;
        File.WriteAllText(path, root.ToJsonString());

        var problems = GeodataReader.Read(new GeodataDirectory(_copy.Path)).Problems;

        Assert.Contains(problems, p => p.File == "parks.geojson" && p.Item == "features[3]" && p.Message.Contains("string 'id'", StringComparison.Ordinal));
    }

    private const string Properties =
        """{"name_zh":"样例","name_en":"Sample","status":"planned","source":"test","accuracy_m":10,"size":"large"}""";

    private static string Feature(string type, string coordinates) =>
        $$$"""{"type":"Feature","id":"sample","properties":{{{Properties}}},"geometry":{"type":"{{{type}}}","coordinates":{{{coordinates}}}}}""";

    // Adds a layer 'samples' of one geometry type whose file holds the given features.
    private void AddLayer(string geometryType, params string[] features)
    {
        File.WriteAllText(
            Path.Combine(_copy.Path, "samples.geojson"),
            $$"""{"type":"FeatureCollection","features":[{{string.Join(",\n", features)}}]}""",
            new UTF8Encoding(false));
        var catalogPath = Path.Combine(_copy.Path, "layers.json");
        var catalog = JsonNode.Parse(File.ReadAllText(catalogPath))!;
        catalog["layers"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "samples",
            ["title_zh"] = "样例",
            ["title_en"] = "Samples",
            ["geometry_type"] = geometryType,
            ["description"] = "test layer",
        });
        File.WriteAllText(catalogPath, catalog.ToJsonString());
    }

    private (List<PlanFeature> Features, List<GeodataProblem> Problems) ReadSamples()
    {
        var read = GeodataReader.Read(new GeodataDirectory(_copy.Path));
        return (read.Dataset.Features.Where(f => f.Layer == "samples").ToList(), read.Problems.ToList());
    }

    private static int IndexOfNth(string text, string value, int n)
    {
        var index = -1;
        for (var i = 0; i < n; i++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
        }

        return index;
    }
}
