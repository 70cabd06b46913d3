using GeoPlan.Core.Model;
using GeoPlan.Testing;

namespace GeoPlan.Server.Tests;

public sealed class PlanApiTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task The_task_tree_nests_every_task_under_chapters_three_to_ten()
    {
        var tree = await _client.GetJsonAsync("/plan/tasks");

        Assert.Equal(["3", "4", "5", "6", "7", "8", "9", "10"], tree.Strings("id"));
        var chapter3 = tree[0];
        Assert.Equal("建设国家现代综合枢纽", chapter3.GetProperty("title_zh").GetString());
        Assert.Equal("3.1", chapter3.GetProperty("children")[0].GetProperty("id").GetString());
        Assert.Equal("3.1.1", chapter3.GetProperty("children")[0].GetProperty("children")[0].GetProperty("id").GetString());
        Assert.Equal(Data.Tasks.Count, Count(tree));
    }

    [Fact]
    public async Task A_task_has_its_text_targets_and_linked_features_as_geojson()
    {
        var task = await _client.GetJsonAsync("/plan/tasks/3.1.2");
        var expected = Data.Tasks.Single(t => t.Id == "3.1.2");

        Assert.Equal(expected.TextZh, task.GetProperty("text_zh").GetString());
        Assert.Contains(task.GetProperty("targets").EnumerateArray(), t =>
            t.GetProperty("year").GetInt32() == 2023 && t.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Number && t.GetProperty("value").GetDouble() == 165 && t.GetProperty("unit").GetString() == "公里");
        var features = task.GetProperty("features");
        Assert.Equal("FeatureCollection", features.GetProperty("type").GetString());
        Assert.Equal(expected.FeatureIds, features.GetProperty("features").Strings("id"));
    }

    [Fact]
    public async Task A_feature_lists_the_tasks_that_name_it()
    {
        var linked = Data.Tasks.SelectMany(t => t.FeatureIds).Distinct().ToList();
        Assert.NotEmpty(linked);
        var feature = Data.Features.First(f => f.Id == linked[0]);

        var tasks = await _client.GetJsonAsync($"/collections/{feature.Layer}/items/{feature.Id}/tasks");

        Assert.Equal(Data.Tasks.Where(t => t.FeatureIds.Contains(feature.Id)).Select(t => t.Id), tasks.Strings("id"));
    }

    [Fact]
    public async Task Indicators_are_the_34_rows_with_both_targets()
    {
        var indicators = await _client.GetJsonAsync("/plan/indicators");

        Assert.Equal(34, indicators.GetArrayLength());
        var metro = indicators[31];
        Assert.Equal("城市快速轨道交通里程", metro.GetProperty("name_zh").GetString());
        Assert.Equal(165, metro.GetProperty("target_2023").GetProperty("value").GetDouble());
        Assert.Equal(257, metro.GetProperty("target_2025").GetProperty("value").GetDouble());
    }

    private static int Count(System.Text.Json.JsonElement nodes) =>
        nodes.EnumerateArray().Sum(n => 1 + Count(n.GetProperty("children")));
}
