using System.Net;
using System.Text;
using System.Text.Json;

namespace GeoPlan.Server.Tests.Operations;

/// <summary>Each limit answers with a problem that says which limit and how to raise it; below the limits nothing changes.</summary>
public sealed class LimitsTests
{
    private const string Tile = "/collections/parks/tiles/WebMercatorQuad/10/380/863";

    [Fact]
    public async Task A_body_over_the_limit_is_413_naming_the_limit_and_the_setting()
    {
        await using var app = new ConfiguredApp(("GeoPlan:Limits:MaxBodyBytes", "1000"));
        var client = app.CreateClient();

        using var content = new StringContent(new string(' ', 1001), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/processes/commute/execution", content);
        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(1000, problem.GetProperty("limit").GetInt64());
        Assert.Contains("GeoPlan:Limits:MaxBodyBytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("1001 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_that_grows_past_the_limit_is_413_too()
    {
        await using var app = new ConfiguredApp(("GeoPlan:Limits:MaxBodyBytes", "1000"));
        using var client = app.Listen();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/processes/commute/execution")
        {
            Content = new StringContent("{\"inputs\":{\"from\":\"" + new string('x', 5000) + "\"}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request);
        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Contains("GeoPlan:Limits:MaxBodyBytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_within_the_limit_reaches_its_endpoint()
    {
        await using var app = new ConfiguredApp(("GeoPlan:Limits:MaxBodyBytes", "1000"));
        var client = app.CreateClient();

        using var content = new StringContent("""{"inputs":{"from":[123.434,41.806],"minutes":[30]}}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/processes/commute/execution", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Imports_keep_their_own_larger_limit()
    {
        await using var app = new ConfiguredApp(("GeoPlan:Limits:MaxBodyBytes", "10"));
        var client = await AccessTokens.CreateAsync(app, Core.Security.AccessRole.Editor);

        using var content = new StringContent(new string(' ', 100), Encoding.UTF8, "application/geo+json");
        using var response = await client.PostAsync("/collections/wells/import?format=geojson", content);

        // The import read the body and found no features in it: its own limit applied, not the general one.
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {body}");
        Assert.DoesNotContain("MaxBodyBytes", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tiles_beyond_the_per_client_rate_are_429_with_retry_after()
    {
        await using var app = new ConfiguredApp(("GeoPlan:Limits:TilesPerSecond", "1"));
        var client = app.CreateClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++)
        {
            responses.Add(await client.GetAsync(Tile));
        }

        Assert.True(responses[0].IsSuccessStatusCode, $"the first tile: {(int)responses[0].StatusCode}");
        var refused = responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {refused.Headers.RetryAfter}");
        var problem = await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Contains("GeoPlan:Limits:TilesPerSecond", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Other endpoints are not counted against the tile rate.
        await client.GetJsonAsync("/collections/parks/items?limit=1");
        responses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task Analysis_beyond_the_per_client_rate_is_429()
    {
        await using var app = new ConfiguredApp(("GeoPlan:Limits:AnalysisPerSecond", "1"));
        var client = app.CreateClient();

        // A request the endpoint refuses at once counts as well: the limit protects the service, whatever is asked.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.GetAsync("/analysis/compare?metric=no-such-metric");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task A_rate_of_zero_turns_the_limit_off()
    {
        await using var app = new ConfiguredApp(("GeoPlan:Limits:TilesPerSecond", "0"));
        var client = app.CreateClient();

        for (var i = 0; i < 20; i++)
        {
            using var response = await client.GetAsync(Tile);
            Assert.True(response.IsSuccessStatusCode, $"tile {i}: {(int)response.StatusCode}");
        }
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
