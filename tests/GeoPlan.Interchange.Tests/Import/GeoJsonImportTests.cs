using System.Globalization;
using System.Text;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Interchange.Import;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Tests.Import;

/// <summary>What an import of GeoJSON does to the store: a whole collection written, or nothing at all with every problem reported.</summary>
public sealed class GeoJsonImportTests : IDisposable
{
    private readonly ImportTarget _target = new();

    public void Dispose() => _target.Dispose();

    [Fact]
    public async Task A_new_collection_is_created_with_the_files_features_fields_and_coordinates()
    {
        var path = Write("wells.geojson", Feature("w1", "POINT", "[123.40, 41.80]", """ "name": "一号井", "depth": 12, "note": "old" """),
            Feature("w2", "POINT", "[123.45, 41.81]", """ "name": "二号井", "depth": 30.5, "note": null """));

        var report = await _target.ImportAsync(path, "wells", r => r with { TitleZh = "水井", TitleEn = "Wells" });

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.Equal(ImportAction.Create, report.Action);
        Assert.True(report.Written);
        Assert.Equal(2, report.FeaturesWritten);
        var layer = await _target.Store.GetLayerAsync("wells");
        Assert.NotNull(layer);
        Assert.Equal(("水井", "Wells", OgcGeometryType.Point), (layer.TitleZh, layer.TitleEn, layer.GeometryType));
        Assert.Equal([new FieldInfo("depth", FieldType.Real), new FieldInfo("note", FieldType.Text)], layer.Fields);
        var features = await _target.FeaturesAsync("wells");
        Assert.Equal(["w1", "w2"], features.Select(f => f.Id));
        Assert.Equal("一号井", features[0].NameZh);
        Assert.Equal(12.0, features[0].Attributes["depth"]);
        Assert.Equal((123.40, 41.80), (features[0].Geometry.Coordinate.X, features[0].Geometry.Coordinate.Y));
        Assert.Equal(FeatureStatus.Operating, features[0].Status);
        Assert.Equal("imported from wells.geojson", features[0].Source);
    }

    [Fact]
    public async Task Newline_delimited_geojson_imports_like_a_collection()
    {
        var path = _target.File("wells.geojsonl");
        File.WriteAllText(path, string.Join("\n", Feature("w1", "POINT", "[123.40, 41.80]", """ "name": "一号井" """),
            Feature("w2", "POINT", "[123.45, 41.81]", """ "name": "二号井" """)) + "\n");

        var report = await _target.ImportAsync(path, "wells");

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.Equal(2, (await _target.FeaturesAsync("wells")).Count);
    }

    [Fact]
    public async Task A_dry_run_reports_what_it_would_write_and_writes_nothing()
    {
        var before = await StoreSnapshot.TakeAsync(_target.Store);
        var path = Write("wells.geojson", Feature("w1", "POINT", "[123.40, 41.80]", """ "name": "一号井" """));

        var report = await _target.ImportAsync(path, "wells", r => r with { DryRun = true });

        Assert.True(report.Succeeded);
        Assert.False(report.Written);
        Assert.Equal(1, report.FeaturesWritten);
        await before.AssertSameAsync(_target.Store);
    }

    [Fact]
    public async Task An_invalid_polygon_is_repaired_with_a_report_line()
    {
        // A bow tie: the ring crosses itself at (123.45 41.85).
        var path = Write("blocks.geojson", Feature("b1", "POLYGON", "[[[123.4,41.8],[123.5,41.9],[123.5,41.8],[123.4,41.9],[123.4,41.8]]]", """ "name": "地块" """));

        var report = await _target.ImportAsync(path, "blocks");

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        var repair = Assert.Single(report.Repairs);
        Assert.Equal("features[0] at byte 41", repair.Position);
        Assert.Contains("Self-intersection", repair.Message, StringComparison.Ordinal);
        var feature = Assert.Single(await _target.FeaturesAsync("blocks"));
        Assert.True(feature.Geometry.IsValid);
        Assert.Equal(OgcGeometryType.MultiPolygon, feature.Geometry.OgcGeometryType);
        Assert.Equal(0.005, feature.Geometry.Area, 9);
    }

    [Fact]
    public async Task A_file_with_problems_changes_nothing_and_every_problem_is_reported_with_its_position()
    {
        var before = await StoreSnapshot.TakeAsync(_target.Store);
        var path = Write(
            "parks.geojson",
            Feature("p1", "POLYGON", Square(123.40), """ "name": "好公园" """),
            Feature("p2", "POINT", "[123.41, 41.80]", """ "name": "点" """),
            Feature("p3", "POLYGON", Square(123.42), """ "name": "坏状态", "status": "demolished" """),
            Feature("p1", "POLYGON", Square(123.43), """ "name": "重复" """),
            Feature("p5", "POLYGON", "[[[123.4,41.8],[300,41.9],[123.5,41.8],[123.4,41.8]]]", """ "name": "界外" """));

        var report = await _target.ImportAsync(path, "parks", r => r with { Mode = ImportMode.Replace });

        Assert.False(report.Succeeded);
        Assert.False(report.Written);
        Assert.Equal(0, report.FeaturesWritten);
        var problems = report.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(problems, p => p.StartsWith("features[1]", StringComparison.Ordinal) && p.Contains("does not belong in a collection of MultiPolygon", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("features[2]", StringComparison.Ordinal) && p.Contains("'demolished' is not one of", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("features[3]", StringComparison.Ordinal) && p.Contains("the id 'p1' appears earlier", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("features[4]", StringComparison.Ordinal));
        Assert.Equal(4, report.ProblemCount);
        await before.AssertSameAsync(_target.Store);
    }

    [Fact]
    public async Task A_truncated_file_changes_nothing()
    {
        var before = await StoreSnapshot.TakeAsync(_target.Store);
        var whole = Encoding.UTF8.GetBytes(Collection(Enumerable.Range(0, 3000).Select(i => Feature($"q{i}", "POLYGON", Square(123 + (i * 1e-4)), """ "name": "地块" """)).ToArray()));
        var path = _target.File("parks.geojson");
        File.WriteAllBytes(path, whole[..(whole.Length * 2 / 3)]);

        var report = await _target.ImportAsync(path, "parks", r => r with { Mode = ImportMode.Replace });

        Assert.False(report.Succeeded);
        Assert.Contains("the JSON is malformed", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
        await before.AssertSameAsync(_target.Store);
    }

    [Fact]
    public async Task An_id_another_collection_holds_fails_the_import_naming_the_holder()
    {
        var before = await StoreSnapshot.TakeAsync(_target.Store);
        var station = (await _target.FeaturesAsync("rail_stations"))[0].Id;
        var path = Write("wells.geojson", Feature(station, "POINT", "[123.40, 41.80]", """ "name": "井" """));

        var report = await _target.ImportAsync(path, "wells");

        Assert.False(report.Succeeded);
        Assert.Contains($"'{station}' is already used in the collection 'rail_stations'", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
        await before.AssertSameAsync(_target.Store);
    }

    [Fact]
    public async Task Appending_adds_features_that_fit_and_refuses_a_field_the_collection_lacks()
    {
        var first = Write("a.geojson", Feature("w1", "POINT", "[123.40, 41.80]", """ "name": "一号井", "depth": 12 """));
        Assert.True((await _target.ImportAsync(first, "wells")).Succeeded);
        var fits = Write("b.geojson", Feature("w2", "POINT", "[123.41, 41.80]", """ "name": "二号井", "depth": 7 """));
        var misfit = Write("c.geojson", Feature("w3", "POINT", "[123.42, 41.80]", """ "name": "三号井", "owner": "城建" """));

        var appended = await _target.ImportAsync(fits, "wells", r => r with { Mode = ImportMode.Append });
        var refused = await _target.ImportAsync(misfit, "wells", r => r with { Mode = ImportMode.Append });

        Assert.True(appended.Succeeded, string.Join("\n", appended.Problems));
        Assert.Equal(["w1", "w2"], (await _target.FeaturesAsync("wells")).Select(f => f.Id));
        Assert.False(refused.Succeeded);
        Assert.Contains("'owner' is not a field of the collection", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replace_that_drops_a_feature_a_plan_task_names_is_refused_by_the_store_and_changes_nothing()
    {
        var before = await StoreSnapshot.TakeAsync(_target.Store);
        var path = Write("parks.geojson", Feature("x1", "POLYGON", Square(123.4), """ "name": "新园" """));

        var report = await _target.ImportAsync(path, "parks", r => r with { Mode = ImportMode.Replace });

        Assert.False(report.Succeeded);
        Assert.Contains("names the feature", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
        await before.AssertSameAsync(_target.Store);
    }

    [Fact]
    public async Task An_existing_collection_is_left_alone_unless_the_import_says_replace_or_append()
    {
        var path = Write("parks.geojson", Feature("x1", "POLYGON", Square(123.4), """ "name": "园" """));

        var report = await _target.ImportAsync(path, "parks");

        Assert.False(report.Succeeded);
        Assert.Contains("exists; say whether to replace", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wider_value_after_the_sample_makes_the_field_wider_in_a_second_pass()
    {
        var features = Enumerable.Range(0, FeatureImporter.SampleSize + 10)
            .Select(i => Feature($"w{i:D5}", "POINT", "[123.40, 41.80]", i == FeatureImporter.SampleSize + 5 ? """ "name": "井", "depth": 2.5 """ : """ "name": "井", "depth": 2 """))
            .ToArray();
        var path = Write("wells.geojson", features);

        var report = await _target.ImportAsync(path, "wells");

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.Equal(features.Length, report.FeaturesWritten);
        Assert.Equal([new FieldInfo("depth", FieldType.Real)], (await _target.Store.GetLayerAsync("wells"))!.Fields);
        Assert.Equal(2.5, (await _target.FeaturesAsync("wells"))[FeatureImporter.SampleSize + 5].Attributes["depth"]);
    }

    [Fact]
    public async Task Features_without_an_id_get_one_made_from_the_collection_the_file_and_their_position()
    {
        var path = Write("wells.geojson", """{"type":"Feature","geometry":{"type":"Point","coordinates":[123.4,41.8]},"properties":{"name":"井"}}""");

        var report = await _target.ImportAsync(path, "wells");

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.Equal(1, report.IdsMade);
        Assert.Equal("wells-wells-1", Assert.Single(await _target.FeaturesAsync("wells")).Id);
    }

    [Fact]
    public async Task A_missing_status_without_a_default_is_a_problem_that_says_how_to_fix_it()
    {
        var path = Write("wells.geojson", Feature("w1", "POINT", "[123.40, 41.80]", """ "name": "井" """));

        var report = await _target.ImportAsync(path, "wells", r => r with { Status = null });

        Assert.Contains("--status", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    private string Write(string name, params string[] features)
    {
        var path = _target.File(name);
        File.WriteAllText(path, Collection(features));
        return path;
    }

    private static string Collection(string[] features) => "{\"type\":\"FeatureCollection\",\"features\":[\n" + string.Join(",\n", features) + "\n]}";

    private static string Feature(string id, string kind, string coordinates, string properties)
    {
        var type = kind == "POINT" ? "Point" : "Polygon";
        return $$$"""{"type":"Feature","id":"{{{id}}}","geometry":{"type":"{{{type}}}","coordinates":{{{coordinates}}}},"properties":{{{{properties}}}}}""";
    }

    private static string Square(double west) => string.Create(
        CultureInfo.InvariantCulture, $"[[[{west},41.8],[{west + 0.005},41.8],[{west + 0.005},41.805],[{west},41.805],[{west},41.8]]]");
}
