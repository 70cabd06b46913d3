using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Tests.Operations;

/// <summary>Behind a configured reverse proxy the service takes the client, scheme and host from its forwarded headers: links name the
/// public address and per-client limits count real clients. The same headers from anyone else change nothing.</summary>
public sealed class ReverseProxyTests
{
    private const string Proxy = "10.0.0.5";
    private const string Stranger = "192.0.2.9";
    private const string Tile = "/collections/parks/tiles/WebMercatorQuad/10/385/856";

    private static readonly (string, string)[] PublicAddress =
        [("X-Forwarded-For", "203.0.113.7"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "plan.example.cn")];

    [Fact]
    public async Task Links_name_the_public_address_a_known_proxy_forwards_and_no_one_else_can_set_it()
    {
        await using var app = new ConfiguredApp(("GeoPlan:ReverseProxy:KnownProxies:0", Proxy));

        var viaProxy = await SelfLinkAsync(await SendAsync(app, "/collections", Proxy, PublicAddress));
        var fromStranger = await SelfLinkAsync(await SendAsync(app, "/collections", Stranger, PublicAddress));

        Assert.StartsWith("https://plan.example.cn/collections", viaProxy, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/collections", fromStranger, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Per_client_tile_limits_count_each_client_the_proxy_names()
    {
        await using var app = new ConfiguredApp(("GeoPlan:ReverseProxy:KnownNetworks:0", "10.0.0.0/24"), ("GeoPlan:Limits:TilesPerSecond", "1"));

        var busy = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            busy.Add((await SendAsync(app, Tile, Proxy, ("X-Forwarded-For", "203.0.113.7"))).Response.StatusCode);
        }

        var other = (await SendAsync(app, Tile, Proxy, ("X-Forwarded-For", "198.51.100.23"))).Response.StatusCode;
        // A caller that is not a proxy cannot pose as many clients.
        var posing = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            posing.Add((await SendAsync(app, Tile, Stranger, ("X-Forwarded-For", $"198.51.100.{i + 100}"))).Response.StatusCode);
        }

        Assert.Contains(StatusCodes.Status429TooManyRequests, busy);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, other);
        Assert.Contains(StatusCodes.Status429TooManyRequests, posing);
    }

    [Theory]
    [InlineData("KnownProxies", "10.0.0.300", "not an IP address")]
    [InlineData("KnownNetworks", "10.0.0.0/33", "not a network")]
    public async Task A_mistyped_proxy_stops_the_service_naming_it(string list, string value, string reason)
    {
        await using var app = new ConfiguredApp(($"GeoPlan:ReverseProxy:{list}:0", value));

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains($"GeoPlan:ReverseProxy:{list}:0 is '{value}', which is {reason}", error.Message, StringComparison.Ordinal);
    }

    private static Task<HttpContext> SendAsync(ConfiguredApp app, string path, string remote, params (string Name, string Value)[] headers) =>
        app.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Request.Headers.Accept = "application/json";
            context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            foreach (var (name, value) in headers)
            {
                context.Request.Headers[name] = value;
            }
        });

    private static async Task<string> SelfLinkAsync(HttpContext context)
    {
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        using var document = await JsonDocument.ParseAsync(context.Response.Body);
        return document.RootElement.GetProperty("links").EnumerateArray()
            .First(l => l.GetProperty("rel").GetString() == "self").GetProperty("href").GetString()!;
    }
}
