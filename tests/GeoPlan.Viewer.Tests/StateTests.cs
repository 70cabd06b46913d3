namespace GeoPlan.Viewer.Tests;

/// <summary>The viewer speaks Chinese and English, keeps its state in a link, and works from the keyboard.</summary>
public sealed class StateTests(ViewerFixture viewer) : IClassFixture<ViewerFixture>
{
    [SkippableFact]
    public async Task Language_switch_changes_the_interface_and_the_map_labels()
    {
        await using var page = await viewer.OpenAsync();
        Assert.Equal("图层", await page.Page.TextContentAsync("#tab-layers"));
        Assert.Contains("name_zh", await LabelFieldAsync(page), StringComparison.Ordinal);

        await page.Page.ClickAsync("#language-button");
        await page.IdleAsync();

        Assert.Equal("Shenyang Metropolitan Area Plan Map", await page.Page.TextContentAsync("h1"));
        Assert.Equal("Layers", await page.Page.TextContentAsync("#tab-layers"));
        Assert.Equal("Scenario year", await page.Page.TextContentAsync("label[for=year-select]"));
        Assert.Equal("Metropolitan cities", await page.Page.TextContentAsync("label[for=layer-metro_cities]"));
        Assert.Equal("en", await page.Page.GetAttributeAsync("html", "lang"));
        var field = await LabelFieldAsync(page);
        Assert.Contains("name_en", field, StringComparison.Ordinal);
        Assert.DoesNotContain("name_zh", field, StringComparison.Ordinal);
        Assert.Contains("lang=en", page.Page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("viewer-english");
        page.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Permalink_restores_view_layers_year_task_and_language_after_a_reload()
    {
        await using var page = await viewer.OpenAsync();
        await page.Page.SelectOptionAsync("#year-select", "2023");
        await page.Page.UncheckAsync("#layer-roads");
        await page.Page.ClickAsync("#language-button");
        await page.Page.ClickAsync("#tab-tasks");
        await page.Page.ClickAsync("details[data-node='3'] > summary");
        await page.Page.ClickAsync("details[data-node='3.1'] > summary");
        await page.Page.ClickAsync("[data-task='3.1.2']");
        await page.Page.Locator("#detail-panel[data-kind=task]").WaitForAsync();
        await page.Page.WaitForFunctionAsync("() => !window.geoplanMap.isMoving()");
        await page.JumpToAsync(123.4, 41.8, 10.5);
        var link = page.Page.Url;

        await page.ReloadAsync();

        Assert.Equal(link, page.Page.Url);
        Assert.Equal("2023", await page.Page.InputValueAsync("#year-select"));
        Assert.False(await page.Page.IsCheckedAsync("#layer-roads"));
        Assert.Equal("none", await page.Page.EvaluateAsync<string>("() => window.geoplanMap.getLayoutProperty('roads-line-operating-planned', 'visibility')"));
        Assert.Empty(await page.RenderedCollectionIdsAsync("roads"));
        Assert.Equal("en", await page.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("true", await page.Page.GetAttributeAsync("#tab-tasks", "aria-selected"));
        Assert.Equal("true", await page.Page.GetAttributeAsync("[data-task='3.1.2']", "aria-pressed"));
        Assert.NotEmpty(await page.RenderedIdsAsync("highlight-line", "highlight-circle", "highlight-fill"));
        var view = await page.Page.EvaluateAsync<double[]>("() => { const c = window.geoplanMap.getCenter(); return [c.lng, c.lat, window.geoplanMap.getZoom()]; }");
        Assert.Equal(123.4, view[0], 3);
        Assert.Equal(41.8, view[1], 3);
        Assert.Equal(10.5, view[2], 2);
        await page.ScreenshotAsync("viewer-permalink");
        page.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Tab_reaches_the_header_the_panel_tabs_and_the_layer_controls()
    {
        await using var page = await viewer.OpenAsync();
        var reached = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            reached.Add(await page.Page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.tagName"));
        }

        Assert.Contains("copy-link", reached);
        Assert.Contains("language-button", reached);
        Assert.Contains("tab-layers", reached);
        Assert.Contains("year-select", reached);
        Assert.Contains("layer-rail_stations", reached);

        // Arrow keys move between the panel tabs, as in every tab list.
        await page.Page.FocusAsync("#tab-layers");
        await page.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("tab-tasks", await page.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.True(await page.Page.IsVisibleAsync("#panel-tasks"));
        await page.Page.Keyboard.PressAsync("Enter");
        page.AssertNoProblems();
    }

    private static Task<string> LabelFieldAsync(ViewerPage page) =>
        page.Page.EvaluateAsync<string>("() => JSON.stringify(window.geoplanMap.getLayoutProperty('metro_cities-label', 'text-field'))");
}
