using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace GeoPlan.Server.Tests.Analysis;

/// <summary><c>/analysis/commute</c> on the bundled data: nested valid isochrones with coverage, by feature, reversed, by scenario.</summary>
public sealed class CommuteApiTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private const string Centre = "123.434,41.806";
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Isochrones_are_geojson_one_valid_polygon_per_cutoff_smallest_first_each_inside_the_next()
    {
        using var response = await _client.GetAsync($"/analysis/commute?from={Centre}&minutes=60,30,45&year=2025&modes=walk,rail,car");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var collection = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal([30, 45, 60], features.Select(f => f.GetProperty("properties").GetProperty("minutes").GetInt32()));
        var areas = features.Select(Geometry).ToList();
        Assert.All(areas, a => Assert.True(a.IsValid && !a.IsEmpty, "each isochrone is a valid, non-empty polygon"));
        for (var i = 1; i < areas.Count; i++)
        {
            // Contours of one surface nest; a hair of tolerance absorbs the lon/lat round trip of shared vertices.
            Assert.True(areas[i].Buffer(1e-7).Covers(areas[i - 1]), $"the {features[i - 1].GetProperty("id")} area lies inside the next");
            Assert.True(Km2(features[i]) > Km2(features[i - 1]));
        }

        Assert.Equal("from", collection.GetProperty("direction").GetString());
        Assert.Equal(2025, collection.GetProperty("year").GetInt32());
        Assert.Equal("walk,rail,car", collection.GetProperty("modes").GetString());
        Assert.Equal(0.5, collection.GetProperty("rules").GetProperty("wait_share_of_headway").GetDouble());
        Assert.Equal(JsonValueKind.Array, collection.GetProperty("assumptions").ValueKind);
    }

    [Fact]
    public async Task Each_isochrone_covers_shenyangs_centre_and_reports_every_city_and_district_with_census_population()
    {
        var properties = (await CommuteAsync($"from={Centre}&minutes=60"))[0].GetProperty("properties");

        var cities = properties.GetProperty("cities").EnumerateArray().ToList();
        var districts = properties.GetProperty("districts").EnumerateArray().ToList();
        Assert.Equal(8, cities.Count);
        Assert.Equal(13, districts.Count);
        var heping = districts.Single(d => d.GetProperty("name_zh").GetString() == "和平区");
        Assert.Equal(1.0, heping.GetProperty("area_share").GetDouble(), 2);
        Assert.InRange(heping.GetProperty("population_covered").GetDouble(), heping.GetProperty("population").GetInt64() * 0.99, heping.GetProperty("population").GetInt64() * 1.0);
        var metropolitan = properties.GetProperty("metropolitan");
        var covered = properties.GetProperty("population_covered").GetDouble();
        Assert.Equal(metropolitan.GetProperty("population_covered").GetDouble(), covered);
        Assert.InRange(properties.GetProperty("population_share").GetDouble(), 0.05, 1.0);
        var shenyang = cities.Single(c => c.GetProperty("name_zh").GetString() == "沈阳市");
        var districtSum = districts.Sum(d => d.GetProperty("population_covered").GetDouble());
        // Each row is rounded to whole people, so thirteen districts may add up a few people apart from the city.
        Assert.InRange(shenyang.GetProperty("population_covered").GetDouble(), districtSum - 7, districtSum + 7);
    }

    [Fact]
    public async Task A_feature_names_the_place_by_id_or_name_and_reverse_queries_answer_who_can_reach_it()
    {
        var byName = await _client.GetJsonAsync("/analysis/commute?from=rail_stations:沈阳北站&minutes=30");
        var byId = await _client.GetJsonAsync("/analysis/commute?from=rail_stations:station-shenyang-beizhan&minutes=30");
        var reverse = await _client.GetJsonAsync("/analysis/commute?to=rail_stations:市府广场&minutes=60&modes=walk,rail");

        Assert.Equal("station-shenyang-beizhan", byName.GetProperty("place").GetProperty("feature_id").GetString());
        Assert.Equal(byId.GetProperty("features").GetRawText(), byName.GetProperty("features").GetRawText());
        Assert.Equal("to", reverse.GetProperty("direction").GetString());
        Assert.Equal("station-renmin-guangchang", reverse.GetProperty("place").GetProperty("feature_id").GetString());
        Assert.True(Geometry(reverse.GetProperty("features")[0]).Contains(new Point(123.434, 41.806)));
    }

    [Fact]
    public async Task The_2025_network_reaches_at_least_what_2023_did_and_a_named_scenario_adds_its_line()
    {
        var baseline = await _client.GetJsonAsync($"/analysis/commute?from={Centre}&minutes=60&year=2023&modes=walk,rail");
        var plan = await _client.GetJsonAsync($"/analysis/commute?from={Centre}&minutes=60&year=2025&modes=walk,rail");
        var intercity = await _client.GetJsonAsync($"/analysis/commute?from={Centre}&minutes=60&scenario=2025-shenfu-intercity&modes=walk,rail");

        Assert.True(Geometry(plan.GetProperty("features")[0]).Buffer(1e-7).Covers(Geometry(baseline.GetProperty("features")[0])));
        Assert.Contains("m1-east-extension", plan.GetProperty("running_lines").EnumerateArray().Select(l => l.GetString()));
        Assert.DoesNotContain("m1-east-extension", baseline.GetProperty("running_lines").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("icr-shenfu", intercity.GetProperty("running_lines").EnumerateArray().Select(l => l.GetString()));
        Assert.DoesNotContain("icr-shenfu", plan.GetProperty("running_lines").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("2025-shenfu-intercity", intercity.GetProperty("scenario").GetString());
        Assert.True(Km2(intercity.GetProperty("features")[0]) >= Km2(plan.GetProperty("features")[0]));
    }

    [Fact]
    public async Task The_metropolitan_one_hour_population_coverage_for_2023_and_2025_is_one_call()
    {
        var summary = await _client.GetJsonAsync("/analysis/commute/metropolitan");

        Assert.Equal("station-renmin-guangchang", summary.GetProperty("place").GetProperty("feature_id").GetString());
        Assert.Equal(60, summary.GetProperty("minutes").GetInt32());
        var rows = summary.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal([2023, 2025], rows.Select(r => r.GetProperty("year").GetInt32()));
        var shares = rows.Select(r => r.GetProperty("metropolitan").GetProperty("population_share").GetDouble()).ToList();
        Assert.All(shares, s => Assert.InRange(s, 0.01, 1.0));
        Assert.All(rows, r => Assert.True(r.GetProperty("area_km2").GetDouble() > r.GetProperty("metropolitan").GetProperty("covered_km2").GetDouble() * 0.9));
        Assert.True(shares[1] >= shares[0], "the 2025 network covers at least the 2023 population");
        var single = await CommuteAsync($"from=rail_stations:station-renmin-guangchang&minutes=60&year=2023");
        Assert.Equal(single[0].GetProperty("properties").GetProperty("population_share").GetDouble(), shares[0], 4);
    }

    [Fact]
    public async Task The_metropolitan_summary_refuses_a_parameter_it_does_not_take()
    {
        var problem = await _client.GetProblemAsync("/analysis/commute/metropolitan?year=2025", HttpStatusCode.BadRequest);

        Assert.Equal("year", problem.GetProperty("parameter").GetString());
        Assert.Contains("scenarios", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=123.434,41.806&minutes=0", "minutes", "from 1 to 240")]
    [InlineData("from=123.434,41.806&minutes=-5", "minutes", "from 1 to 240")]
    [InlineData("from=123.434,41.806&minutes=241", "minutes", "from 1 to 240")]
    [InlineData("from=123.434,41.806&minutes=soon", "minutes", "whole minutes")]
    [InlineData("from=123.434,41.806&minutes=5,10,15,20,25,30,35,40,45", "minutes", "at most 8")]
    [InlineData("from=123.434,41.806&year=2024", "year", "2023 or 2025")]
    [InlineData("from=123.434,41.806&year=abc", "year", "2023 or 2025")]
    [InlineData("from=123.434,41.806&modes=walk,bike", "modes", "'bike' is not a travel mode")]
    [InlineData("from=123.434,41.806&scenario=nowhere", "scenario", "no scenario named 'nowhere'")]
    [InlineData("from=123.434,41.806&scenario=2025-shenfu-intercity&year=2023", "year", "make them agree")]
    [InlineData("from=123.434,41.806&cell_size=10", "cell_size", "from 50 to 2000")]
    [InlineData("from=123.434,41.806&cell_size=NaN", "cell_size", "from 50 to 2000")]
    [InlineData("minutes=60", "from", "exactly one of from")]
    [InlineData("from=123.434,41.806&to=123.4,41.8", "from", "exactly one of from")]
    [InlineData("from=abc", "from", "neither lon,lat")]
    [InlineData("from=123.4,91", "from", "neither lon,lat")]
    [InlineData("from=nowhere:x", "from", "no collection 'nowhere'")]
    [InlineData("from=rail_stations:nothing", "from", "no feature with id or name 'nothing'")]
    [InlineData("to=rail_stations:", "to", "names no feature")]
    [InlineData("from=123.434,41.806&minute=60", "minute", "not a parameter of this endpoint")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string query, string parameter, string hint)
    {
        var problem = await _client.GetProblemAsync($"/analysis/commute?{query}", HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(hint, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=100.0,30.0")]
    [InlineData("to=121.0,44.0&modes=walk,rail")]
    public async Task A_place_off_the_network_is_422_with_the_distance_to_the_nearest_node(string query)
    {
        var problem = await _client.GetProblemAsync($"/analysis/commute?{query}", HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("nearest_node_m").GetDouble() > problem.GetProperty("limit_m").GetDouble());
        Assert.Contains("m from the nearest node", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Network_data_that_cannot_be_used_is_a_422_naming_the_feature_not_a_500()
    {
        using var misconfigured = app.WithWebHostBuilder(b => b.UseSetting("GeoPlan:CommuteRoads", "parks"));

        var problem = await misconfigured.CreateClient().GetProblemAsync($"/analysis/commute?from={Centre}", HttpStatusCode.UnprocessableEntity);

        Assert.Contains("roads must be LineString or MultiLineString", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_commute_process_is_described_and_runs_synchronously_with_the_same_answer_as_the_query()
    {
        var processes = await _client.GetJsonAsync("/processes");
        var description = await _client.GetJsonAsync("/processes/commute");
        var conformance = await _client.GetJsonAsync("/conformance");
        using var execution = await _client.PostAsJsonAsync(
            "/processes/commute/execution", new { inputs = new { from = new[] { 123.434, 41.806 }, minutes = new[] { 30, 60 }, year = 2025 } });
        var query = await _client.GetStringAsync($"/analysis/commute?from={Centre}&minutes=30,60&year=2025");

        Assert.Equal("commute", processes.GetProperty("processes")[0].GetProperty("id").GetString());
        Assert.Contains("sync-execute", description.GetProperty("jobControlOptions").EnumerateArray().Select(o => o.GetString()));
        Assert.True(description.GetProperty("inputs").TryGetProperty("minutes", out _));
        Assert.Contains("http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/core",
            conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(HttpStatusCode.OK, execution.StatusCode);
        Assert.Equal("application/geo+json", execution.Content.Headers.ContentType?.MediaType);
        Assert.Equal(query, await execution.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/processes/commute/execution", "{\"inputs\": {\"from\": \"123.434,41.806\", \"speed\": 3}}", HttpStatusCode.BadRequest)]
    [InlineData("/processes/commute/execution", "{\"inputs\": {\"from\": {\"x\": 1}}}", HttpStatusCode.BadRequest)]
    [InlineData("/processes/commute/execution", "{\"from\": \"123.434,41.806\"}", HttpStatusCode.BadRequest)]
    [InlineData("/processes/commute/execution", "not json", HttpStatusCode.BadRequest)]
    [InlineData("/processes/commute/execution", "", HttpStatusCode.BadRequest)]
    [InlineData("/processes/commute/execution", "{\"inputs\": {\"from\": \"123.434,41.806\", \"minutes\": 0}}", HttpStatusCode.BadRequest)]
    [InlineData("/processes/buffer/execution", "{\"inputs\": {}}", HttpStatusCode.NotFound)]
    public async Task Bad_executions_are_problems_never_500(string url, string body, HttpStatusCode expected)
    {
        using var response = await _client.PostAsync(url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<List<JsonElement>> CommuteAsync(string query) =>
        (await _client.GetJsonAsync($"/analysis/commute?{query}")).GetProperty("features").EnumerateArray().ToList();

    private static Geometry Geometry(JsonElement feature) => feature.GetProperty("geometry").Deserialize<Geometry>(GeoJson)!;

    private static double Km2(JsonElement feature) => feature.GetProperty("properties").GetProperty("area_km2").GetDouble();
}
