using System.Net;
using GeoPlan.Server.Security;
using Microsoft.AspNetCore.Hosting;

namespace GeoPlan.Server.Tests.Security;

/// <summary>CORS: with no origin listed, pages anywhere may read and none may write; with origins listed, those may read and write
/// (Authorization, Content-Type, If-Match; ETag and Location exposed) and others get no CORS answer.</summary>
public sealed class CorsTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private const string Portal = "https://portal.example.cn";
    private const string Actuals = "/plan/indicators/1/actuals/2023";

    [Fact]
    public async Task With_no_origin_listed_any_page_may_read_but_no_page_may_write()
    {
        using var client = app.CreateClient();

        using var read = await client.SendAsync(Preflight("/collections", "https://anywhere.example.org", "GET"));
        using var write = await client.SendAsync(Preflight(Actuals, "https://anywhere.example.org", "PUT"));

        Assert.Equal("*", Header(read, "Access-Control-Allow-Origin"));
        Assert.Contains("GET", Header(read, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        // The browser sends the PUT only if the answer lists it.
        Assert.DoesNotContain("PUT", Header(write, "Access-Control-Allow-Methods") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listed_origin_may_write_with_a_token_and_reads_the_etag_and_location()
    {
        using var listed = Listing(app, Portal + "/");
        using var client = listed.CreateClient();

        using var preflight = await client.SendAsync(Preflight(Actuals, Portal, "PUT", "authorization,content-type,if-match"));
        using var get = new HttpRequestMessage(HttpMethod.Get, "/collections");
        get.Headers.Add("Origin", Portal);
        using var read = await client.SendAsync(get);

        Assert.True(preflight.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.OK, $"{(int)preflight.StatusCode}");
        Assert.Equal(Portal, Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Contains("PUT", Header(preflight, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        var allowed = Header(preflight, "Access-Control-Allow-Headers")!.ToUpperInvariant();
        Assert.All(new[] { "AUTHORIZATION", "CONTENT-TYPE", "IF-MATCH" }, h => Assert.Contains(h, allowed, StringComparison.Ordinal));
        Assert.Equal(Portal, Header(read, "Access-Control-Allow-Origin"));
        Assert.Equal("ETag,Location", Header(read, "Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task An_origin_not_listed_gets_no_cors_answer()
    {
        using var listed = Listing(app, Portal);
        using var client = listed.CreateClient();

        using var preflight = await client.SendAsync(Preflight(Actuals, "https://evil.example.com", "PUT", "authorization"));

        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Null(Header(preflight, "Access-Control-Allow-Methods"));
    }

    [Fact]
    public void A_listed_origin_with_a_path_stops_the_service_saying_which_and_how_to_write_it()
    {
        using var listed = Listing(app, "https://portal.example.cn/maps");

        var refused = Assert.ThrowsAny<Exception>(() => listed.CreateClient());

        Assert.Contains(
            $"{CrossOriginOptions.Section}:Origins:0 is 'https://portal.example.cn/maps'", refused.ToString(), StringComparison.Ordinal);
    }

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Listing(GeoPlanApp app, string origin) =>
        app.WithWebHostBuilder(b => b.UseSetting($"{CrossOriginOptions.Section}:Origins:0", origin));

    private static HttpRequestMessage Preflight(string url, string origin, string method, string? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, url);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        if (headers is not null)
        {
            request.Headers.Add("Access-Control-Request-Headers", headers);
        }

        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
