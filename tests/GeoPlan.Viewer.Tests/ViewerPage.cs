using System.Globalization;
using Microsoft.Playwright;

namespace GeoPlan.Viewer.Tests;

/// <summary>The viewer in one browser page: what went wrong while it ran, and the map as MapLibre draws it.</summary>
public sealed class ViewerPage(IPage page, Uri server) : IAsyncDisposable
{
    private readonly List<string> _problems = [];
    private bool _watching;

    /// <summary>The Playwright page.</summary>
    public IPage Page => page;

    /// <summary>Console errors, uncaught exceptions, failed requests and HTTP errors seen since the page opened.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Fails the test, listing them, when anything went wrong in the page.</summary>
    public void AssertNoProblems() => Assert.True(_problems.Count == 0, "the page reported problems:\n" + string.Join("\n", _problems));

    /// <summary>Opens the viewer at <paramref name="hash"/> (a permalink state, may be empty) and waits for the map to draw.</summary>
    public async Task GotoAsync(string hash)
    {
        await BeginAsync(hash);
        await WaitUntilReadyAsync();
    }

    /// <summary>Opens the viewer at <paramref name="hash"/> without waiting for the map, e.g. where it first asks for a token.</summary>
    public async Task BeginAsync(string hash)
    {
        Watch();
        await page.GotoAsync(new Uri(server, "/" + hash).ToString());
    }

    /// <summary>Reloads the page at its current URL, as a planner does with a permalink, and waits for the map to draw.</summary>
    public async Task ReloadAsync()
    {
        await page.ReloadAsync();
        await WaitUntilReadyAsync();
    }

    /// <summary>Waits until the viewer has built its map and panels and MapLibre has drawn.</summary>
    public async Task WaitUntilReadyAsync()
    {
        await page.WaitForFunctionAsync("() => window.geoplanViewer?.ready === true", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        await IdleAsync();
    }

    /// <summary>Waits until MapLibre has loaded and drawn every tile and overlay it needs.</summary>
    public Task IdleAsync() => page.EvaluateAsync("() => window.geoplanViewer.idle()");

    /// <summary>The ids of the features MapLibre draws in the given style layers.</summary>
    public async Task<IReadOnlyList<string>> RenderedIdsAsync(params string[] layers) => await page.EvaluateAsync<string[]>(
        "layers => [...new Set(window.geoplanMap.queryRenderedFeatures({ layers }).map(f => String(f.properties.id)))]", layers);

    /// <summary>The ids of one collection's features the map draws, over all its style layers.</summary>
    public async Task<IReadOnlyList<string>> RenderedCollectionIdsAsync(string collection) =>
        await RenderedIdsAsync(await page.EvaluateAsync<string[]>(
            "c => window.geoplanMap.getStyle().layers.filter(l => l['source-layer'] === c).map(l => l.id)", collection));

    /// <summary>The pixel, in page coordinates, where the map draws a longitude and latitude.</summary>
    public async Task<(float X, float Y)> PixelOfAsync(double lon, double lat)
    {
        var box = await page.Locator("#map canvas").BoundingBoxAsync() ?? throw new InvalidOperationException("the map has no canvas");
        var point = await page.EvaluateAsync<double[]>("([lon, lat]) => { const p = window.geoplanMap.project([lon, lat]); return [p.x, p.y]; }",
            new[] { lon, lat });
        return ((float)(box.X + point[0]), (float)(box.Y + point[1]));
    }

    /// <summary>Clicks the map where it draws a longitude and latitude.</summary>
    public async Task ClickMapAsync(double lon, double lat)
    {
        var (x, y) = await PixelOfAsync(lon, lat);
        await page.Mouse.ClickAsync(x, y);
    }

    /// <summary>Moves the map without animation and waits for it to draw.</summary>
    public async Task JumpToAsync(double lon, double lat, double zoom)
    {
        await page.EvaluateAsync("([lon, lat, zoom]) => { window.geoplanMap.jumpTo({ center: [lon, lat], zoom }); }", new[] { lon, lat, zoom });
        await IdleAsync();
    }

    /// <summary>Saves a screenshot of the page as a test artifact and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(Artifacts.Directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await page.Context.CloseAsync();

    private void Watch()
    {
        if (_watching)
        {
            return;
        }

        _watching = true;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _problems.Add($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _problems.Add($"uncaught: {error}");
        // MapLibre cancels the tile requests a new view or year no longer needs (net::ERR_ABORTED): the page's choice, not a failure.
        page.RequestFailed += (_, request) =>
        {
            if (request.Failure != "net::ERR_ABORTED")
            {
                _problems.Add($"request failed: {request.Method} {request.Url}: {request.Failure}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _problems.Add($"HTTP {response.Status.ToString(CultureInfo.InvariantCulture)}: {response.Request.Method} {response.Url}");
            }
        };
    }
}
