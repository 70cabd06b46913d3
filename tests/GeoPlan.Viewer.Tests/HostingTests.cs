using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GeoPlan.Viewer.Tests;

/// <summary>How the service hosts the viewer: the page at / for browsers, its libraries from npm, and its configuration.</summary>
public sealed class HostingTests(ViewerServer server) : IClassFixture<ViewerServer>
{
    private const string Background = "GeoPlan:Viewer:BackgroundTiles";

    [Fact]
    public async Task Root_is_the_viewer_for_browsers_and_the_landing_page_for_every_other_client()
    {
        using var client = server.CreateClient();

        var page = await GetAsync(client, "/", "text/html,application/xhtml+xml,*/*;q=0.8");
        var landing = await GetAsync(client, "/", "application/json");
        var asked = await GetAsync(client, "/?f=json", "text/html");

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("沈阳现代化都市圈规划一张图", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        Assert.True(JsonDocument.Parse(await landing.Content.ReadAsStringAsync()).RootElement.TryGetProperty("links", out _));
        Assert.Equal("application/json", asked.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task MapLibre_is_copied_from_npm_into_the_site_and_cached_for_a_day()
    {
        using var client = server.CreateClient();

        foreach (var file in new[] { "maplibre-gl.mjs", "maplibre-gl-worker.mjs", "maplibre-gl.css" })
        {
            var response = await client.GetAsync(new Uri($"/lib/maplibre-gl/{file}", UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{file}: HTTP {(int)response.StatusCode}");
            Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl?.MaxAge);
        }
    }

    [Fact]
    public async Task The_viewers_scripts_and_styles_travel_compressed()
    {
        using var client = server.CreateClient();

        foreach (var path in new[] { "/lib/maplibre-gl/maplibre-gl.mjs", "/lib/maplibre-gl/maplibre-gl.css", "/js/app.js", "/css/viewer.css" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.AcceptEncoding.ParseAdd("br");
            var response = await client.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{path}: HTTP {(int)response.StatusCode}");
            Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public async Task Config_names_no_background_by_default()
    {
        using var client = server.CreateClient();

        var config = JsonDocument.Parse(await client.GetStringAsync(new Uri("/viewer/config", UriKind.Relative))).RootElement;

        Assert.Equal(JsonValueKind.Null, config.GetProperty("background_tiles").ValueKind);
    }

    [Fact]
    public async Task Config_passes_a_configured_background_and_its_attribution_to_the_page()
    {
        using var configured = new ViewerServer(new Dictionary<string, string>
        {
            [Background] = "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
            ["GeoPlan:Viewer:BackgroundAttribution"] = "© OpenStreetMap contributors",
        });
        using var client = configured.CreateClient();

        var config = JsonDocument.Parse(await client.GetStringAsync(new Uri("/viewer/config", UriKind.Relative))).RootElement;

        Assert.Equal("https://tile.openstreetmap.org/{z}/{x}/{y}.png", config.GetProperty("background_tiles").GetString());
        Assert.Equal("© OpenStreetMap contributors", config.GetProperty("background_attribution").GetString());
        // The page's content security policy lets the browser fetch and draw the background's tiles.
        var page = await GetAsync(client, "/", "text/html");
        var policy = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("img-src 'self' data: blob: https://tile.openstreetmap.org;", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://tile.openstreetmap.org;", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_is_open_without_a_token_and_says_when_reads_need_one()
    {
        using var locked = new ViewerServer(new Dictionary<string, string> { ["GeoPlan:Security:RequireViewerForReads"] = "true" });
        using var client = locked.CreateClient();

        var config = JsonDocument.Parse(await client.GetStringAsync(new Uri("/viewer/config", UriKind.Relative))).RootElement;
        using var collections = await client.GetAsync(new Uri("/collections", UriKind.Relative));

        Assert.True(config.GetProperty("reads_need_token").GetBoolean());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, collections.StatusCode);
        Assert.False(JsonDocument.Parse(await server.CreateClient().GetStringAsync(new Uri("/viewer/config", UriKind.Relative)))
            .RootElement.GetProperty("reads_need_token").GetBoolean());
    }

    [Fact]
    public void A_background_without_tile_placeholders_stops_start_up_saying_what_is_needed()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            new ViewerServer(new Dictionary<string, string> { [Background] = "https://tiles.example/basemap.png" }).Dispose());

        Assert.Contains("{z}, {x} and {y}", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd(accept);
        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }
}
