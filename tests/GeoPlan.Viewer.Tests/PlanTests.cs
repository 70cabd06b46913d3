using System.Text.Json;

namespace GeoPlan.Viewer.Tests;

/// <summary>Working the plan from the map: a feature's facts and tasks, a task's features, the indicators and their explanations.</summary>
public sealed class PlanTests(ViewerFixture viewer) : IClassFixture<ViewerFixture>
{
    [SkippableFact]
    public async Task Clicking_a_feature_shows_its_attributes_and_the_tasks_naming_it()
    {
        await using var page = await viewer.OpenAsync();
        // Somewhere inside the airport hub's outline, which task 3.1.1 (the aviation hub network) names.
        var (lon, lat) = await InteriorPointAsync(page, "hubs", "hub-taoxian-airport");
        await page.JumpToAsync(lon, lat, 13);

        await page.ClickMapAsync(lon, lat);
        var panel = page.Page.Locator("#detail-panel");
        await panel.Locator("[data-role=attributes]").WaitForAsync();

        Assert.Equal("feature", await panel.GetAttributeAsync("data-kind"));
        Assert.Contains("hub-taoxian-airport", await panel.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await panel.Locator("[data-role=feature-tasks] [data-task='3.1.1']").CountAsync());
        await page.ScreenshotAsync("viewer-feature");
        page.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Clicking_a_core_block_shows_its_scorecard_by_year()
    {
        await using var page = await viewer.OpenAsync();
        var (lon, lat) = await InteriorPointAsync(page, "core_blocks", "block-beishichang");
        await page.JumpToAsync(lon, lat, 14);

        await page.ClickMapAsync(lon, lat);
        var scorecard = page.Page.Locator("#detail-panel [data-role=scorecard]");
        await scorecard.WaitForAsync();

        Assert.Contains("block-beishichang", await page.Page.Locator("#detail-panel").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(["2023", "2025"], await scorecard.Locator("thead th.number").AllTextContentsAsync());
        // Two of the block's metro stations cover about 48 % of it in both years.
        Assert.Equal("48.3%", await scorecard.Locator("tbody tr").First.Locator("td").First.TextContentAsync());
        await page.ScreenshotAsync("viewer-scorecard");
        page.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Clicking_a_task_highlights_its_features_and_fits_the_map_to_them()
    {
        await using var page = await viewer.OpenAsync();
        await page.Page.ClickAsync("#tab-tasks");
        await page.Page.ClickAsync("details[data-node='3'] > summary");
        await page.Page.ClickAsync("details[data-node='3.1'] > summary");

        await page.Page.ClickAsync("[data-task='3.1.2']");
        await page.Page.Locator("#detail-panel[data-kind=task] [data-role=targets]").WaitForAsync();
        await page.Page.WaitForFunctionAsync("() => !window.geoplanMap.isMoving()");
        await page.IdleAsync();

        var highlighted = await page.RenderedIdsAsync("highlight-fill", "highlight-line", "highlight-circle");
        Assert.Contains("m4-phase-1", highlighted);
        Assert.Contains("hsr-shenbai-shenyang-baihe", highlighted);
        // Fitted: every highlighted feature lies inside the map's view.
        var outside = await page.Page.EvaluateAsync<int>("""
            async () => {
              const bounds = window.geoplanMap.getBounds();
              const data = (await (await fetch('/plan/tasks/3.1.2')).json()).features;
              const points = JSON.stringify(data.features.map(f => f.geometry.coordinates)).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g);
              return points.map(p => p.split(',').map(Number)).filter(p => !bounds.contains(p)).length;
            }
            """);
        Assert.Equal(0, outside);
        Assert.Contains("task=3.1.2", page.Page.Url, StringComparison.Ordinal);
        Assert.Contains("地铁", await page.Page.Locator("#detail-panel .task-text").TextContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("viewer-task");
        page.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Dashboard_lists_34_indicators_with_lights_and_reasons_and_explains_one_on_the_map()
    {
        await using var page = await viewer.OpenAsync();
        await page.Page.ClickAsync("#tab-indicators");
        var indicators = page.Page.Locator("#panel-indicators li.indicator");

        Assert.Equal(34, await indicators.CountAsync());
        Assert.Equal(34 * 2, await indicators.Locator(".indicator-values .light").CountAsync());
        Assert.Equal(34, await indicators.Locator("svg.indicator-chart").CountAsync());
        var reasons = await indicators.Locator("[data-role=reason]").AllTextContentsAsync();
        Assert.Equal(34 * 2, reasons.Count);
        Assert.All(reasons, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        // Urban rapid rail transit length is measured on the map and is short of its 2025 target.
        var railLength = page.Page.Locator("li.indicator[data-indicator='32']");
        Assert.Equal(1, await railLength.Locator("[data-year='2025'] .light-red").CountAsync());

        await railLength.Locator("[data-explain='32']").ClickAsync();
        await page.Page.Locator("#detail-panel[data-kind=explanation] [data-role=explain-parts]").WaitForAsync();
        await page.Page.WaitForFunctionAsync("() => !window.geoplanMap.isMoving()");
        await page.IdleAsync();

        var explained = await page.RenderedIdsAsync("explain-line");
        Assert.Contains("m1", explained);
        await page.ScreenshotAsync("viewer-indicators");
        page.AssertNoProblems();
    }

    // A point inside the feature's first ring: the average of its vertices, good enough for the compact outlines of hubs.
    private static async Task<(double Lon, double Lat)> InteriorPointAsync(ViewerPage page, string collection, string id)
    {
        var json = await page.Page.EvaluateAsync<JsonElement>(
            "async ([c, id]) => (await (await fetch(`/collections/${c}/items/${id}`)).json()).geometry", new[] { collection, id });
        var ring = json.GetProperty("type").GetString() == "MultiPolygon"
            ? json.GetProperty("coordinates")[0][0]
            : json.GetProperty("coordinates")[0];
        var points = ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList();
        return (points.Average(p => p.Item1), points.Average(p => p.Item2));
    }
}
