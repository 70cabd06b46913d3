using System.Net;
using System.Text;
using System.Text.Json;
using GeoPlan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Server.Tests;

/// <summary>Traffic lights (红黄绿灯) in the plan API: metro length judged from the map, recorded values judging indicators and the
/// task targets that measure the same thing, grey where nothing is known.</summary>
public sealed class IndicatorLightsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Metro_length_is_judged_from_the_map_and_indicators_without_values_are_grey()
    {
        await using var app = new GeoPlanApp(BundledGeodata.Directory.Path, _directory.File("store.gpkg"));
        var indicators = await app.CreateClient().GetJsonAsync("/plan/indicators");

        var metro = indicators[31];
        var actuals = metro.GetProperty("actuals").EnumerateArray().ToList();
        Assert.Equal([2023, 2025], actuals.Select(a => a.GetProperty("year").GetInt32()));
        Assert.InRange(actuals[0].GetProperty("value").GetDouble(), 149, 151);
        Assert.Contains("computed on", actuals[0].GetProperty("source").GetString(), StringComparison.Ordinal);
        // About 150 km against 165 km: short by less than the 16.5 km tolerance. 186 km against 257 km: far beyond 25.7 km.
        Assert.Equal("yellow", Light(metro, "2023"));
        Assert.Equal("red", Light(metro, "2025"));
        Assert.Contains("165", metro.GetProperty("lights").GetProperty("2023").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/plan/indicators/32/explain", metro.GetProperty("explain").GetString(), StringComparison.Ordinal);
        var gdp = indicators[0];
        Assert.Equal("grey", Light(gdp, "2023"));
        Assert.Equal(JsonValueKind.Null, gdp.GetProperty("explain").ValueKind);
    }

    [Fact]
    public async Task A_recorded_value_turns_its_indicator_and_the_task_target_measuring_it_green_or_red()
    {
        await using var app = new IndicatorWritingApp(_directory.File("store.gpkg"));
        var client = await app.CreateEditorAsync();
        var before = await client.GetJsonAsync("/plan/tasks/10.2.1");

        using var good = await client.PutAsync("/plan/indicators/30/actuals/2023", Json(
            """{"value": 3.8, "source": "沈阳市2023年国民经济和社会发展统计公报", "as_of": "2024-04-01"}"""));
        using var bad = await client.PutAsync("/plan/indicators/3/actuals/2023", Json(
            """{"value": 900, "source": "沈阳市2023年国民经济和社会发展统计公报", "as_of": "2024-04-01"}"""));
        var indicators = await client.GetJsonAsync("/plan/indicators");
        var after = await client.GetJsonAsync("/plan/tasks/10.2.1");

        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        Assert.Equal(HttpStatusCode.Created, bad.StatusCode);
        // Unemployment 3.8 % against "4 以内" (at most 4, lower is better); population 900 万 against 950 万, 50 short of a 95 tolerance → yellow.
        Assert.Equal("green", Light(indicators[29], "2023"));
        Assert.Equal("yellow", Light(indicators[2], "2023"));
        var target = Index(after, "城镇登记失业率");
        Assert.Equal("grey", before.GetProperty("target_lights")[target].GetProperty("light").GetString());
        Assert.Equal("green", after.GetProperty("target_lights")[target].GetProperty("light").GetString());
    }

    [Fact]
    public async Task The_tolerance_comes_from_configuration()
    {
        await using var app = new GeoPlanApp(BundledGeodata.Directory.Path, _directory.File("store.gpkg"));
        using var strict = app.WithWebHostBuilder(b => b.UseSetting("GeoPlan:Lights:TolerancePoints", "5"));

        var metro = (await strict.CreateClient().GetJsonAsync("/plan/indicators"))[31];

        // About 150 km is 15 km short of 165 km: within 10 % of the target (16.5 km) but not within 5 % (8.25 km).
        Assert.Equal("red", Light(metro, "2023"));
        Assert.Contains("8.25", metro.GetProperty("lights").GetProperty("2023").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private static string Light(JsonElement indicator, string year) =>
        indicator.GetProperty("lights").GetProperty(year).GetProperty("light").GetString()!;

    private static int Index(JsonElement task, string metric) =>
        task.GetProperty("targets").EnumerateArray().Select((t, i) => (t, i)).First(p => p.t.GetProperty("metric_zh").GetString() == metric).i;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
