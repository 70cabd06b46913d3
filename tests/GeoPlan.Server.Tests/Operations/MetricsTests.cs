using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GeoPlan.Testing;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Server.Tests.Operations;

/// <summary>/metrics is valid Prometheus text whose counters follow the requests served.</summary>
public sealed partial class MetricsTests
{
    private const string Tile = "/collections/rail_stations/tiles/WebMercatorQuad/12/1523/3452";

    [Fact]
    public async Task Every_line_is_a_help_type_or_sample_line()
    {
        await using var app = new GeoPlanApp();
        var client = app.CreateClient();
        await client.GetJsonAsync("/healthz");
        await client.GetAsync("/no/such/thing?x=\"quoted\"");

        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var lines = text.Split('\n');
        Assert.Equal("", lines[^1]);
        var typed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines[..^1])
        {
            var type = TypeLine().Match(line);
            if (type.Success)
            {
                Assert.True(typed.Add(type.Groups[1].Value), $"TYPE given twice: {line}");
                continue;
            }

            if (HelpLine().IsMatch(line))
            {
                continue;
            }

            var sample = SampleLine().Match(line);
            Assert.True(sample.Success, $"not a valid exposition line: '{line}'");
            var family = Regex.Replace(sample.Groups[1].Value, "_(bucket|sum|count)$", "");
            Assert.True(typed.Contains(sample.Groups[1].Value) || typed.Contains(family), $"sample before its TYPE: {line}");
        }

        Assert.Contains("""geoplan_http_requests_total{method="GET",route="/healthz",status="2xx"} 1""", text, StringComparison.Ordinal);
        Assert.Contains("""geoplan_http_requests_total{method="GET",route="unmatched",status="4xx"} 1""", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_counters_increase_and_histogram_buckets_are_cumulative_ending_in_inf()
    {
        await using var app = new GeoPlanApp();
        var client = app.CreateClient();
        await client.GetJsonAsync("/collections/parks/items?limit=2");
        var before = Samples(await client.GetStringAsync("/metrics"));
        for (var i = 0; i < 3; i++)
        {
            await client.GetJsonAsync("/collections/parks/items?limit=2");
        }

        var after = Samples(await client.GetStringAsync("/metrics"));

        const string Items = """geoplan_http_requests_total{method="GET",route="/collections/{collectionId}/items",status="2xx"}""";
        Assert.Equal(before[Items] + 3, after[Items]);
        var buckets = after.Where(s => s.Key.StartsWith("geoplan_http_request_duration_seconds_bucket{route=\"/collections/{collectionId}/items\"", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(14, buckets.Count);
        Assert.EndsWith("le=\"+Inf\"}", buckets[^1].Key, StringComparison.Ordinal);
        Assert.All(buckets.Zip(buckets.Skip(1)), pair => Assert.True(pair.First.Value <= pair.Second.Value, $"{pair.First.Key} > {pair.Second.Key}"));
        Assert.Equal(4, buckets[^1].Value);
        Assert.Equal(4, after["""geoplan_http_request_duration_seconds_count{route="/collections/{collectionId}/items"}"""]);
    }

    [Fact]
    public async Task A_repeated_tile_is_a_cache_hit()
    {
        await using var app = new GeoPlanApp();
        var client = app.CreateClient();
        (await client.GetAsync(Tile)).Dispose();
        var before = Samples(await client.GetStringAsync("/metrics"));

        (await client.GetAsync(Tile)).Dispose();
        var after = Samples(await client.GetStringAsync("/metrics"));

        Assert.Equal(before["""geoplan_tile_cache_lookups_total{result="hit"}"""] + 1, after["""geoplan_tile_cache_lookups_total{result="hit"}"""]);
        Assert.Equal(before["""geoplan_tile_cache_lookups_total{result="miss"}"""], after["""geoplan_tile_cache_lookups_total{result="miss"}"""]);
        Assert.True(before["""geoplan_tile_cache_lookups_total{result="miss"}"""] >= 1);
    }

    [Fact]
    public async Task Requests_that_find_the_store_unavailable_are_counted()
    {
        using var directory = new TemporaryDirectory();
        var store = directory.File("store.gpkg");
        await using var app = new GeoPlanApp(BundledGeodata.Directory.Path, store);
        var client = app.CreateClient();
        await client.GetJsonAsync("/collections/parks/items");
        var before = Samples(await client.GetStringAsync("/metrics"))["geoplan_store_errors_total"];

        File.Move(store, directory.File("moved.gpkg"));
        SqliteConnection.ClearAllPools();
        (await client.GetAsync("/collections/parks/items")).Dispose();
        (await client.GetAsync("/readyz")).Dispose();
        var after = Samples(await client.GetStringAsync("/metrics"));

        Assert.Equal(before + 2, after["geoplan_store_errors_total"]);
        Assert.Equal(1, after["""geoplan_http_requests_total{method="GET",route="/collections/{collectionId}/items",status="5xx"}"""]);
    }

    private static Dictionary<string, double> Samples(string text) => text.Split('\n')
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split(' '))
        .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    [GeneratedRegex("""^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$""")]
    private static partial Regex TypeLine();

    [GeneratedRegex("""^# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*$""")]
    private static partial Regex HelpLine();

    // name{label="value",...} number, label values with \\, \" and \n escaped.
    [GeneratedRegex("""^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="(\\[\\"n]|[^\\"\n])*"(,[a-zA-Z_][a-zA-Z0-9_]*="(\\[\\"n]|[^\\"\n])*")*\})? (-?[0-9.eE+-]+|\+Inf|-Inf|NaN)$""")]
    private static partial Regex SampleLine();
}
