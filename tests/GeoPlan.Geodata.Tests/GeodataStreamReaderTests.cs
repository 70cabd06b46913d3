using System.Text.Json.Nodes;
using GeoPlan.Testing;

namespace GeoPlan.Geodata.Tests;

/// <summary>Reading geodata/ as a stream, for a load, gives the layers, features and problems that reading it whole gives.</summary>
public sealed class GeodataStreamReaderTests : IDisposable
{
    private readonly TemporaryDirectory _copy = new();

    public GeodataStreamReaderTests() => BundledGeodata.CopyTo(_copy.Path);

    public void Dispose() => _copy.Dispose();

    [Fact]
    public async Task Streaming_the_bundled_data_gives_what_reading_it_whole_gives()
    {
        var whole = BundledGeodata.Result.Dataset;
        using var reader = GeodataStreamReader.Open(BundledGeodata.Directory);

        var features = reader.Layers.SelectMany(reader.ReadFeatures).ToList();
        var problems = await reader.FinishAsync();

        Assert.Empty(problems);
        Assert.Equal(
            whole.Layers.Select(l => (l.Id, l.GeometryType, string.Join(", ", l.Fields), l.FeatureCount)),
            reader.Layers.Select(l => (l.Id, l.GeometryType, string.Join(", ", l.Fields), l.FeatureCount)));
        Assert.Equal(whole.Features.Select(f => f.Id), features.Select(f => f.Id));
        Assert.All(whole.Features.Zip(features), pair =>
        {
            Assert.True(pair.First.Geometry.EqualsExact(pair.Second.Geometry), pair.First.Id);
            Assert.Equal(pair.First with { Geometry = pair.Second.Geometry, Attributes = pair.Second.Attributes }, pair.Second);
            Assert.Equal(pair.First.Attributes, pair.Second.Attributes);
        });
        Assert.Equal(whole.Tasks.Count, reader.Tasks.Count);
        Assert.Equal(whole.Indicators.Count, reader.Indicators.Count);
    }

    [Fact]
    public async Task Problems_found_while_streaming_are_those_reading_whole_finds()
    {
        Edit("parks.geojson", root => root["features"]![0]!["id"] = "shenyang");
        Edit("parks.geojson", root => root["features"]![1]!["geometry"] = JsonNode.Parse(
            """{"type":"Polygon","coordinates":[[[123.40,41.80],[123.42,41.82],[123.42,41.80],[123.40,41.82],[123.40,41.80]]]}"""));
        Edit("rail_stations.geojson", root => root["features"]![4]!["geometry"] = JsonNode.Parse("""{"type":"Point","coordinates":[116.4,39.9]}"""));
        Edit("rail_stations.geojson", root => root["features"]![5]!["properties"]!["status"] = "open");
        Edit("plan/tasks.json", root => root["tasks"]![5]!["feature_ids"] = new JsonArray("no-such-feature"));
        var whole = GeodataReader.Read(new GeodataDirectory(_copy.Path)).Problems;
        using var reader = GeodataStreamReader.Open(new GeodataDirectory(_copy.Path));

        Assert.Empty(reader.Problems);
        foreach (var layer in reader.Layers)
        {
            _ = reader.ReadFeatures(layer).Count();
        }

        var streamed = await reader.FinishAsync();

        Assert.Equal(6, whole.Count);
        Assert.Equal(whole.Select(p => p.ToString()).Order(StringComparer.Ordinal), streamed.Select(p => p.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Malformed_json_is_found_by_the_first_pass_before_any_feature_is_handed_out()
    {
        var path = Path.Combine(_copy.Path, "roads.geojson");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"properties\"", "\"properties\" 1", StringComparison.Ordinal));

        using var reader = GeodataStreamReader.Open(new GeodataDirectory(_copy.Path));

        var problem = Assert.Single(reader.Problems);
        Assert.Equal("roads.geojson", problem.File);
        Assert.Equal("features[0]", problem.Item);
    }

    private void Edit(string file, Action<JsonNode> edit)
    {
        var path = Path.Combine(_copy.Path, file);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        edit(root);
        File.WriteAllText(path, root.ToJsonString());
    }
}
