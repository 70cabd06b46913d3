using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using GeoPlan.Core.Storage;
using GeoPlan.Server.Tests.Operations;
using GeoPlan.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GeoPlan.Server.Tests.Hostile;

/// <summary>Ten thousand and more malformed requests across every endpoint: none answered with a 5xx, none reads a file outside the
/// service, and afterwards the service answers as before with its data unchanged.</summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private const int Requests = 10_000;

    // The seed of a run is fixed, so that a failure repeats; GEOPLAN_FUZZ_SEED explores others.
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("GEOPLAN_FUZZ_SEED"), out var seed) ? seed : 20261130;
    private const string Tile = "/collections/rail_stations/tiles/WebMercatorQuad/12/1523/3452";

    [Fact]
    public async Task Ten_thousand_malformed_requests_get_no_5xx_and_change_nothing()
    {
        await using var app = new ConfiguredApp(Quiet);
        var client = app.CreateClient();
        var store = app.Services.GetRequiredService<IFeatureStore>();
        var tileBefore = await client.GetByteArrayAsync(Tile);
        var snapshot = await StoreSnapshot.TakeAsync(store);
        var routes = Routes(app);

        var failures = await RunAsync(app, routes, Requests);

        Assert.True(routes.Count >= 30, $"only {routes.Count} routes found");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal("ok", (await client.GetJsonAsync("/healthz")).GetProperty("status").GetString());
        Assert.Contains("parks", (await client.GetJsonAsync("/collections")).GetProperty("collections").Strings("id"));
        Assert.Equal(tileBefore, await client.GetByteArrayAsync(Tile));
        await snapshot.AssertSameAsync(store);
    }

    [Fact]
    public async Task Malformed_writes_with_an_admins_token_get_no_5xx()
    {
        // Anonymous writes are refused before their bodies are read; with a token the bodies reach the code that parses them.
        await using var app = new ConfiguredApp(Quiet);
        var admin = await AccessTokens.IssueAsync(app, Core.Security.AccessRole.Admin);
        var writes = Routes(app).Where(r => r.Methods.Any(m => m != HttpMethods.Get && m != HttpMethods.Head)).ToList();

        var failures = await RunAsync(app, writes, 1_000, $"Bearer {admin.Secret}");

        Assert.NotEmpty(writes);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal("ok", (await app.CreateClient().GetJsonAsync("/healthz")).GetProperty("status").GetString());
    }

    // The rate limits are off, so that every request reaches the code that parses it; thousands of access lines would only slow the run.
    private static readonly (string, string)[] Quiet =
    [
        ("GeoPlan:Limits:TilesPerSecond", "0"),
        ("GeoPlan:Limits:AnalysisPerSecond", "0"),
        ("Logging:LogLevel:GeoPlan.Server.Observability.RequestLog", "Warning"),
    ];

    private static List<HostileRoute> Routes(ConfiguredApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(HostileRoute.Of).ToList();

    // Sends at least count generated requests over the routes, four at a time, each with the authorization given unless it carries its
    // own; the failures, the first 25 of them described.
    private async Task<List<string>> RunAsync(ConfiguredApp app, List<HostileRoute> routes, int count, string? authorization = null)
    {
        var generator = new HostileRequestGenerator(routes, await SensibleValuesAsync(app.CreateClient()), Seed);
        var requests = generator.Generate(count).ToList();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var time = new ConcurrentDictionary<string, double>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            var (status, failure) = await SendAsync(app, request, authorization);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            time.AddOrUpdate(request.Template, seconds, (_, total) => total + seconds);
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (failure is not null)
            {
                failures.Enqueue(failure);
            }
        });
        output.WriteLine($"seed {Seed}: {requests.Count} requests over {routes.Count} routes; answers by status: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        output.WriteLine("most time: " + string.Join(", ", time.OrderByDescending(t => t.Value).Take(6).Select(t => $"{t.Key} {t.Value:0.0} s")));

        Assert.True(requests.Count >= count, $"only {requests.Count} requests");
        return failures.IsEmpty ? [] : [$"{failures.Count} of {requests.Count} requests failed:", .. failures.Take(25)];
    }

    // A failure: a 5xx, an exception out of the server, or a body that shows a file from outside the service.
    private static async Task<(int Status, string? Failure)> SendAsync(ConfiguredApp app, HostileRequest request, string? authorization)
    {
        try
        {
            var context = await app.Server.SendAsync(c =>
            {
                c.Request.Method = request.Method;
                c.Request.Path = new PathString(request.Path);
                c.Request.QueryString = new QueryString(request.Query.Length == 0 ? null : request.Query);
                foreach (var (name, value) in request.Headers)
                {
                    c.Request.Headers.Append(name, value);
                }

                if (authorization is not null && !c.Request.Headers.ContainsKey("Authorization"))
                {
                    c.Request.Headers.Authorization = authorization;
                }

                if (request.Body is not null)
                {
                    c.Request.Body = new MemoryStream(request.Body);
                    c.Request.ContentLength = request.Body.Length;
                    c.Request.ContentType = request.ContentType;
                }
            });
            var status = context.Response.StatusCode;
            var body = await new StreamReader(context.Response.Body, Encoding.UTF8).ReadToEndAsync();
            if (status >= 500)
            {
                return (status, $"{status} for {request}: {Shorten(body)}");
            }

            return body.Contains("root:x:0:0", StringComparison.Ordinal) || body.Contains("[core]", StringComparison.Ordinal)
                ? (status, $"{status} for {request} shows a file from outside the service: {Shorten(body)}")
                : (status, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (0, $"exception for {request}: {e.GetType().Name}: {Shorten(e.Message)}");
        }
    }

    // Values with which a template's other parameters reach past "not found": real ids of this data.
    private static async Task<Dictionary<string, string>> SensibleValuesAsync(HttpClient client)
    {
        var park = (await client.GetJsonAsync("/collections/parks/items?limit=1")).GetProperty("features")[0].GetProperty("id").GetString()!;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["collectionId"] = "parks",
            ["featureId"] = park,
            ["tileMatrixSetId"] = "WebMercatorQuad",
            ["tileMatrix"] = "12",
            ["tileRow"] = "1523",
            ["tileCol"] = "3452",
            ["styleId"] = "default",
            ["processId"] = "commute",
            ["indicatorId"] = "32",
            ["id"] = "metro_length",
            ["year"] = "2025",
            ["taskId"] = "3.1.2",
            ["fontstack"] = "Noto Sans CJK SC Regular",
            ["range"] = "0-255",
        };
    }

    private static string Shorten(string text) => (text.Length <= 300 ? text : text[..300] + "...").ReplaceLineEndings("\\n");
}
