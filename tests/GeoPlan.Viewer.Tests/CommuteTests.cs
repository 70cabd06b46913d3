namespace GeoPlan.Viewer.Tests;

/// <summary>The commute tool: an origin on the map, minutes, year and modes give nested isochrones and a coverage table.</summary>
public sealed class CommuteTests(ViewerFixture viewer) : IClassFixture<ViewerFixture>
{
    // Near Shenyang's Government Square, on the metro.
    private const double Lon = 123.43;
    private const double Lat = 41.80;

    [SkippableFact]
    public async Task Without_a_pointer_the_map_centre_becomes_the_origin()
    {
        await using var page = await viewer.OpenAsync();
        await page.Page.ClickAsync("#tab-commute");
        await page.JumpToAsync(Lon, Lat, 9);

        await page.Page.FocusAsync("[data-role=commute-centre]");
        await page.Page.Keyboard.PressAsync("Enter");

        Assert.Contains("123.4300, 41.8000", await page.Page.Locator("[data-role=commute-origin]").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Page.IsEnabledAsync("[data-role=commute-run]"));
        page.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Clicking_an_origin_and_running_draws_nested_isochrones_and_the_coverage_by_city_and_district()
    {
        await using var page = await viewer.OpenAsync();
        await page.Page.ClickAsync("#tab-commute");
        await page.JumpToAsync(Lon, Lat, 8);

        await page.ClickMapAsync(Lon, Lat);
        Assert.Contains("123.43", await page.Page.Locator("[data-role=commute-origin]").TextContentAsync(), StringComparison.Ordinal);
        await page.Page.ClickAsync("[data-role=commute-run]");
        var cities = page.Page.Locator("[data-role=commute-cities]");
        await cities.WaitForAsync(new() { Timeout = 60_000 });
        await page.IdleAsync();

        var minutesAtOrigin = await page.Page.EvaluateAsync<int[]>("""
            ([lon, lat]) => {
              const map = window.geoplanMap;
              const hits = map.queryRenderedFeatures(map.project([lon, lat]), { layers: ['isochrones-fill'] });
              return [...new Set(hits.map(f => f.properties.minutes))].sort((a, b) => a - b);
            }
            """, new[] { Lon, Lat });
        Assert.Equal([30, 45, 60], minutesAtOrigin);
        Assert.Equal(1, await cities.Locator("tr[data-area='shenyang']").CountAsync());
        Assert.Equal(1, await cities.Locator("tr[data-area='anshan']").CountAsync());
        Assert.Equal(3, await cities.Locator("thead th.number").CountAsync() - 1);
        Assert.True(await page.Page.Locator("[data-role=commute-districts] tbody tr").CountAsync() >= 10);
        await page.ScreenshotAsync("viewer-commute");
        page.AssertNoProblems();
    }
}
