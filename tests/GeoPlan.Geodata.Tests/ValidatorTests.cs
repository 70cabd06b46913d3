using System.Text.Json.Nodes;
using GeoPlan.Testing;

namespace GeoPlan.Geodata.Tests;

/// <summary>Each kind of mistake in geodata/ is reported with its file and item; the bundled data has none.</summary>
public sealed class ValidatorTests : IDisposable
{
    private readonly TemporaryDirectory _copy = new();

    public ValidatorTests() => BundledGeodata.CopyTo(_copy.Path);

    [Fact]
    public void The_bundled_geodata_has_no_problems() =>
        Assert.True(BundledGeodata.Result.IsValid, string.Join("\n", BundledGeodata.Result.Problems));

    [Fact]
    public void A_duplicate_id_across_layers_is_reported()
    {
        EditFeature("parks.geojson", 0, f => f["id"] = "shenyang");

        AssertProblem("parks.geojson", "shenyang", "already used");
    }

    [Fact]
    public void A_self_intersecting_polygon_is_reported()
    {
        EditFeature("parks.geojson", 0, f => f["geometry"] = JsonNode.Parse(
            """{"type":"Polygon","coordinates":[[[123.40,41.80],[123.42,41.82],[123.42,41.80],[123.40,41.82],[123.40,41.80]]]}"""));

        AssertProblem("parks.geojson", null, "invalid geometry");
    }

    [Fact]
    public void Coordinates_outside_the_metropolitan_area_are_reported()
    {
        EditFeature("rail_stations.geojson", 0, f => f["geometry"] = JsonNode.Parse("""{"type":"Point","coordinates":[116.4,39.9]}"""));

        AssertProblem("rail_stations.geojson", null, "outside the metropolitan area");
    }

    [Fact]
    public void A_link_to_a_missing_feature_is_reported()
    {
        Edit("plan/tasks.json", root => root!["tasks"]![5]!["feature_ids"] = new JsonArray("no-such-feature"));

        AssertProblem("plan/tasks.json", null, "linked feature 'no-such-feature' does not exist");
    }

    [Fact]
    public void An_indicator_without_a_2025_target_is_reported()
    {
        Edit("plan/indicators.json", root => root!["indicators"]![31]!.AsObject().Remove("target_2025"));

        AssertProblem("plan/indicators.json", null, "target_2025");
    }

    [Fact]
    public void A_null_without_a_reason_is_reported()
    {
        EditFeature("districts.geojson", 0, f =>
        {
            f["properties"]!["population_2020"] = null;
            f["properties"]!.AsObject().Remove("population_2020_null_reason");
        });

        AssertProblem("districts.geojson", null, "'population_2020' is null without");
    }

    [Fact]
    public void An_unknown_status_names_the_allowed_ones()
    {
        EditFeature("rail_lines.geojson", 0, f => f["properties"]!["status"] = "open");

        AssertProblem("rail_lines.geojson", null, "allowed: operating, under_construction, planned, proposed");
    }

    [Fact]
    public void A_geometry_of_the_wrong_type_for_its_layer_is_reported()
    {
        EditFeature("parks.geojson", 0, f => f["geometry"] = JsonNode.Parse("""{"type":"Point","coordinates":[123.4,41.8]}"""));

        AssertProblem("parks.geojson", null, "layer 'parks' holds MultiPolygon");
    }

    public void Dispose() => _copy.Dispose();

    private void AssertProblem(string file, string? item, string message)
    {
        var problems = GeodataReader.Read(new GeodataDirectory(_copy.Path)).Problems;

        Assert.Contains(problems, p => p.File == file && (item is null || p.Item == item) && p.Message.Contains(message, StringComparison.Ordinal));
    }

    private void EditFeature(string file, int index, Action<JsonNode> edit) => Edit(file, root => edit(root!["features"]![index]!));

    private void Edit(string file, Action<JsonNode?> edit)
    {
        var path = Path.Combine(_copy.Path, file);
        var root = JsonNode.Parse(File.ReadAllText(path));
        edit(root);
        File.WriteAllText(path, root!.ToJsonString());
    }
}
