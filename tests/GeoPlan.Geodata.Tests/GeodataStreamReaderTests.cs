using System.Text.Json.Nodes;
using GeoPlan.Core.Model;
using GeoPlan.Testing;

namespace GeoPlan.Geodata.Tests;

/// <summary>Reading geodata/ as a stream, for a load, gives the layers, features and problems that reading it whole gives.</summary>
public sealed class GeodataStreamReaderTests : IDisposable
{
    private readonly TemporaryDirectory _copy = new();

    public GeodataStreamReaderTests() => BundledGeodata.CopyTo(_copy.Path);

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Streaming_the_bundled_data_gives_what_reading_it_whole_gives()
    {
        var whole = BundledGeodata.Result.Dataset;
        var reader = GeodataStreamReader.Open(BundledGeodata.Directory);

        var features = reader.Layers.SelectMany(reader.ReadFeatures).ToList();
        var problems = reader.Finish();

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
    public void Problems_found_while_streaming_are_those_reading_whole_finds()
    {
        Edit("parks.geojson", root => root["features"]![0]!["id"] = "shenyang");
        Edit("parks.geojson", root => root["features"]![1]!["geometry"] = JsonNode.Parse(
            """{"type":"Polygon","coordinates":[[[123.40,41.80],[123.42,41.82],[123.42,41.80],[123.40,41.82],[123.40,41.80]]]}"""));
        Edit("rail_stations.geojson", root => root["features"]![4]!["geometry"] = JsonNode.Parse("""{"type":"Point","coordinates":[116.4,39.9]}"""));
        Edit("rail_stations.geojson", root => root["features"]![5]!["properties"]!["status"] = "open");
        Edit("plan/tasks.json", root => root["tasks"]![5]!["feature_ids"] = new JsonArray("no-such-feature"));
        var whole = GeodataReader.Read(new GeodataDirectory(_copy.Path)).Problems;
        var reader = GeodataStreamReader.Open(new GeodataDirectory(_copy.Path));

        Assert.Empty(reader.Problems);
        foreach (var layer in reader.Layers)
        {
            _ = reader.ReadFeatures(layer).Count();
        }

        var streamed = reader.Finish();

        Assert.Equal(6, whole.Count);
        Assert.Equal(whole.Select(p => p.ToString()).Order(StringComparer.Ordinal), streamed.Select(p => p.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_field_the_first_features_lack_is_found_in_the_same_pass_and_read_again_with_every_feature()
    {
        using var generated = new TemporaryDirectory();
        GeneratedGeodata.Write(generated.Path, GeodataStreamReader.FieldSample + 500, 12);
        var late = GeodataStreamReader.FieldSample + 200;
        EditIn(generated.Path, "plots.geojson", root =>
        {
            root["features"]![late]!["properties"]!["zoning_code"] = "R2";
            root["features"]![late + 1]!["properties"]!["approved_year"] = 2019.5;
            root["features"]![late + 2]!["id"] = "plot-1";
        });
        var whole = GeodataReader.Read(new GeodataDirectory(generated.Path));
        var reader = GeodataStreamReader.Open(new GeodataDirectory(generated.Path));
        var plots = reader.Layers.Single(l => l.Id == "plots");
        foreach (var layer in reader.Layers.Where(l => l != plots))
        {
            _ = reader.ReadFeatures(layer).Count();
        }

        var firstRead = reader.ReadFeatures(plots).Count();
        var fields = reader.FieldsOf(plots);
        var secondRead = reader.ReadFeatures(plots with { Fields = fields }).ToList();
        var problems = reader.Finish();

        Assert.DoesNotContain(plots.Fields, f => f.Name == "zoning_code");
        Assert.Equal(late, firstRead);
        Assert.Equal(whole.Dataset.Layers.Single(l => l.Id == "plots").Fields, fields);
        Assert.Contains(new FieldInfo("approved_year", FieldType.Real), fields);
        var expected = whole.Dataset.Features.Where(f => f.Layer == "plots").ToList();
        Assert.Equal(expected.Select(f => f.Id), secondRead.Select(f => f.Id));
        Assert.Equal(expected.Select(f => f.Attributes), secondRead.Select(f => f.Attributes));
        Assert.Equal("R2", secondRead[late].Attributes["zoning_code"]);
        var duplicate = Assert.Single(problems);
        Assert.Equal(whole.Problems.Single().ToString(), duplicate.ToString());
    }

    [Fact]
    public void A_value_of_the_wrong_type_past_the_sample_is_one_problem_and_reaches_no_column()
    {
        using var generated = new TemporaryDirectory();
        GeneratedGeodata.Write(generated.Path, GeodataStreamReader.FieldSample + 500, 14);
        var late = GeodataStreamReader.FieldSample + 300;
        EditIn(generated.Path, "plots.geojson", root => root["features"]![late]!["properties"]!["approved_year"] = "twenty twenty");
        var reader = GeodataStreamReader.Open(new GeodataDirectory(generated.Path));

        var firstRead = reader.Layers.SelectMany(reader.ReadFeatures).Count(f => f.Layer == "plots");
        var layer = reader.Layers.Single(l => l.Id == "plots");
        var plots = reader.ReadFeatures(layer with { Fields = reader.FieldsOf(layer) }).ToList();
        var problems = reader.Finish();

        var problem = Assert.Single(problems);
        Assert.Equal($"plot-{late + 1}", problem.Item);
        Assert.Contains("'approved_year' is Text here but Integer", problem.Message, StringComparison.Ordinal);
        Assert.Equal(late, firstRead);
        Assert.Equal(GeodataStreamReader.FieldSample + 500, plots.Count);
        Assert.Null(plots[late].Attributes["approved_year"]);
        Assert.IsType<long>(plots[late + 1].Attributes["approved_year"]);
    }

    [Fact]
    public void Malformed_json_deep_in_a_large_layer_ends_its_features_there_with_the_position()
    {
        using var generated = new TemporaryDirectory();
        GeneratedGeodata.Write(generated.Path, 5_000, 15);
        var path = Path.Combine(generated.Path, "plots.geojson");
        var text = File.ReadAllText(path);
        var broken = text.IndexOf("\"id\":\"plot-4000\"", StringComparison.Ordinal);
        File.WriteAllText(path, text[..broken] + "\"id\" \"plot-4000\"" + text[(broken + "\"id\":\"plot-4000\"".Length)..]);
        var reader = GeodataStreamReader.Open(new GeodataDirectory(generated.Path));

        var plots = reader.Layers.SelectMany(reader.ReadFeatures).Count(f => f.Layer == "plots");
        var problem = Assert.Single(reader.Finish());

        Assert.Equal(3_999, plots);
        Assert.Equal("features[3999]", problem.Item);
        Assert.Contains("LineNumber:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_found_by_the_first_pass_before_any_feature_is_handed_out()
    {
        var path = Path.Combine(_copy.Path, "roads.geojson");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"properties\"", "\"properties\" 1", StringComparison.Ordinal));

        var reader = GeodataStreamReader.Open(new GeodataDirectory(_copy.Path));

        var problem = Assert.Single(reader.Problems);
        Assert.Equal("roads.geojson", problem.File);
        Assert.Equal("features[0]", problem.Item);
    }

    private void Edit(string file, Action<JsonNode> edit) => EditIn(_copy.Path, file, edit);

    private static void EditIn(string directory, string file, Action<JsonNode> edit)
    {
        var path = Path.Combine(directory, file);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        edit(root);
        File.WriteAllText(path, root.ToJsonString());
    }
}
