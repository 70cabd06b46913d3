using System.Net;
using System.Text.Json;
using GeoPlan.Core.Model;
using GeoPlan.Testing;

namespace GeoPlan.Server.Tests.Plan;

/// <summary><c>/collections/core_blocks/items/{id}/scorecard</c> on the bundled data.</summary>
public sealed class ScorecardApiTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;
    private readonly HttpClient _client = app.CreateClient();

    private static double Share(JsonElement coverage, int year) =>
        coverage.EnumerateArray().Single(c => c.GetProperty("year").GetInt32() == year).GetProperty("share").GetDouble();

    private static double Minutes(JsonElement travel, int year, string modes) => travel.EnumerateArray()
        .Single(t => t.GetProperty("year").GetInt32() == year && t.GetProperty("modes").GetString() == modes)
        .GetProperty("minutes").GetDouble();

    [Fact]
    public async Task A_block_named_by_tasks_gets_those_tasks_with_a_light_for_each_target()
    {
        var scorecard = await _client.GetJsonAsync("/collections/core_blocks/items/block-taiyuanjie/scorecard");

        Assert.Equal("block-taiyuanjie", scorecard.GetProperty("id").GetString());
        Assert.Equal("太原街片区", scorecard.GetProperty("name_zh").GetString());
        var expected = Data.Tasks.Where(t => t.FeatureIds.Contains("block-taiyuanjie")).ToList();
        Assert.Equal(["3.3.2", "7.2.2", "10.1.1"], expected.Select(t => t.Id));
        var tasks = scorecard.GetProperty("tasks");
        Assert.Equal(expected.Select(t => t.Id), tasks.Strings("id"));
        foreach (var (task, plan) in tasks.EnumerateArray().Zip(expected))
        {
            Assert.Equal(plan.Targets.Count, task.GetProperty("targets").GetArrayLength());
            var lights = task.GetProperty("lights").EnumerateArray().ToList();
            Assert.Equal(plan.Targets.Count, lights.Count);
            Assert.All(lights, l => Assert.Contains(l.GetProperty("light").GetString(), new[] { "green", "yellow", "red", "grey" }));
            Assert.All(lights, l => Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("reason").GetString())));
            Assert.EndsWith($"/plan/tasks/{plan.Id}", task.GetProperty("href").GetString(), StringComparison.Ordinal);
        }

        Assert.EndsWith("/collections/core_blocks/items/block-taiyuanjie/scorecard", scorecard.Link("self"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("block-taiyuanjie")]
    [InlineData("block-hunnan-science-city")]
    [InlineData("block-linkong-economic-zone")]
    public async Task Coverage_is_a_share_of_the_block_that_does_not_shrink_and_the_centre_gets_no_farther(string id)
    {
        var scorecard = await _client.GetJsonAsync($"/collections/core_blocks/items/{id}/scorecard");

        foreach (var key in new[] { "station_coverage", "park_coverage" })
        {
            var coverage = scorecard.GetProperty(key);
            Assert.Equal([2023, 2025], coverage.EnumerateArray().Select(c => c.GetProperty("year").GetInt32()));
            Assert.All(coverage.EnumerateArray(), c => Assert.InRange(c.GetProperty("share").GetDouble(), 0, 1));
            Assert.True(
                Share(coverage, 2025) >= Share(coverage, 2023), $"{id} {key}: nothing in the bundled data closes between 2023 and 2025");
            Assert.All(coverage.EnumerateArray(), c => Assert.True(
                c.GetProperty("covered_square_metres").GetDouble() <= c.GetProperty("area_square_metres").GetDouble() + 0.1));
        }

        var travel = scorecard.GetProperty("travel_to_centre");
        Assert.Equal(4, travel.GetArrayLength());
        foreach (var modes in new[] { "walk,rail,car", "walk,rail" })
        {
            var then = Minutes(travel, 2023, modes);
            var now = Minutes(travel, 2025, modes);
            Assert.InRange(then, 1, 240);
            Assert.True(now <= then, $"{id} by {modes}: {now} min in 2025, {then} min in 2023");
        }

        // The car adds a choice, never a constraint.
        Assert.True(Minutes(travel, 2025, "walk,rail,car") <= Minutes(travel, 2025, "walk,rail"));
    }

    [Fact]
    public async Task Central_taiyuanjie_is_covered_by_stations_and_is_nearer_the_centre_than_the_airport_zone()
    {
        var central = await _client.GetJsonAsync("/collections/core_blocks/items/block-taiyuanjie/scorecard");
        var airport = await _client.GetJsonAsync("/collections/core_blocks/items/block-linkong-economic-zone/scorecard");

        // 太原街 lies around 太原街 and 南京街 stations on line 1: most of it is within 800 m of a station.
        var stations = central.GetProperty("station_coverage");
        Assert.True(Share(stations, 2023) > 0.5, $"太原街 station coverage {Share(stations, 2023)}");
        Assert.NotEmpty(stations[0].GetProperty("feature_ids").EnumerateArray());
        Assert.True(
            Minutes(central.GetProperty("travel_to_centre"), 2025, "walk,rail")
            < Minutes(airport.GetProperty("travel_to_centre"), 2025, "walk,rail"));
    }

    [Fact]
    public async Task Unknown_collections_and_features_are_404_and_a_point_is_400()
    {
        var collection = await _client.GetProblemAsync("/collections/no_such/items/block-taiyuanjie/scorecard", HttpStatusCode.NotFound);
        var feature = await _client.GetProblemAsync("/collections/core_blocks/items/block-nowhere/scorecard", HttpStatusCode.NotFound);
        var point = await _client.GetProblemAsync(
            "/collections/rail_stations/items/station-renmin-guangchang/scorecard", HttpStatusCode.BadRequest);

        Assert.Contains("core_blocks", collection.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("block-nowhere", feature.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("is a Point", point.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
