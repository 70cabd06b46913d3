namespace GeoPlan.Viewer.Tests;

/// <summary>The viewer opens cleanly and draws the plan from GeoPlan's own tiles, for the scenario year chosen.</summary>
public sealed class MapTests(ViewerFixture viewer) : IClassFixture<ViewerFixture>
{
    [SkippableFact]
    public async Task Page_loads_without_errors_and_draws_the_plan_layers()
    {
        await using var page = await viewer.OpenAsync();

        await page.ScreenshotAsync("viewer-1366x768");
        page.AssertNoProblems();
        Assert.Equal("沈阳现代化都市圈规划一张图", await page.Page.Locator("h1").TextContentAsync());
        Assert.Contains("shenyang", await page.RenderedCollectionIdsAsync("metro_cities"));
        Assert.NotEmpty(await page.RenderedCollectionIdsAsync("rail_lines"));
    }

    [SkippableFact]
    public async Task Page_fills_a_large_screen()
    {
        await using var page = await viewer.OpenAsync(width: 1920, height: 1080);

        await page.ScreenshotAsync("viewer-1920x1080");
        var map = await page.Page.Locator("#map canvas").BoundingBoxAsync();
        var panel = await page.Page.Locator(".side-panel").BoundingBoxAsync();
        page.AssertNoProblems();
        Assert.True(map!.Width + panel!.Width >= 1900, $"the map ({map.Width} px) and the panel ({panel.Width} px) should fill the width");
        Assert.True(map.Height >= 1000, $"the map is {map.Height} px high");
    }

    [SkippableFact]
    public async Task Switching_from_2023_to_2025_draws_the_lines_opened_since()
    {
        await using var page = await viewer.OpenAsync("#year=2023");
        var in2023 = await page.RenderedCollectionIdsAsync("rail_lines");

        await page.Page.SelectOptionAsync("#year-select", "2025");
        await page.IdleAsync();
        var in2025 = await page.RenderedCollectionIdsAsync("rail_lines");

        // The Shenyang-Baihe high-speed railway opened in September 2025.
        Assert.DoesNotContain("hsr-shenbai-shenyang-baihe", in2023);
        Assert.Contains("hsr-shenbai-shenyang-baihe", in2025);
        Assert.Contains("year=2025", page.Page.Url, StringComparison.Ordinal);
        page.AssertNoProblems();
    }
}
