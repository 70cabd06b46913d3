using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace GeoPlan.Server.Tests.Security;

/// <summary>Security headers: no sniffing, a referrer policy and framing by the service's own pages on every answer (401s included),
/// a content security policy that lets MapLibre run on HTML pages, and framing by configured embedding hosts.</summary>
public sealed class SecurityHeadersTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private const string FeatureInfoHtml = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=parks&STYLES=&QUERY_LAYERS=parks" +
        "&INFO_FORMAT=text/html&I=3&J=3&CRS=EPSG:4326&BBOX=41.7,123.3,41.9,123.5&WIDTH=100&HEIGHT=100&FORMAT=image/png";

    [Theory]
    [InlineData("/collections")]
    [InlineData("/collections/parks/items?limit=1")]
    [InlineData("/admin/tokens")]
    [InlineData("/collections/nowhere")]
    public async Task Every_answer_forbids_sniffing_limits_the_referrer_and_is_framed_only_by_the_service_itself(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("SAMEORIGIN", Header(response, "X-Frame-Options"));
        Assert.EndsWith("frame-ancestors 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_page_has_a_content_security_policy_that_lets_maplibre_run()
    {
        using var response = await app.CreateClient().GetAsync(FeatureInfoHtml);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Header(response, "Content-Security-Policy")!;
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("worker-src 'self' blob:", policy, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data: blob:", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_embedding_hosts_may_frame_the_service()
    {
        using var embeddable = app.WithWebHostBuilder(b => b.UseSetting("GeoPlan:Security:FrameAncestors:0", "https://portal.example.cn"));

        using var response = await embeddable.CreateClient().GetAsync(FeatureInfoHtml);

        Assert.EndsWith(
            "frame-ancestors 'self' https://portal.example.cn", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Null(Header(response, "X-Frame-Options"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;
}
