using System.Net;
using System.Text.Json;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Crs;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace GeoPlan.Server.Tests.Analysis;

/// <summary><c>/analysis/compare</c> on the bundled data: land and people gained and lost between the plan years, and bad input.</summary>
public sealed class CompareApiTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };
    private readonly HttpClient _client = app.CreateClient();

    private static JsonElement Difference(JsonElement document, string kind) =>
        document.GetProperty("differences").GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("kind").GetString() == kind);

    private static double Km2(JsonElement feature) => feature.GetProperty("properties").GetProperty("area_km2").GetDouble();

    private static double People(JsonElement feature) => feature.GetProperty("properties").GetProperty("population").GetDouble();

    private static Geometry Shape(JsonElement feature) =>
        JsonSerializer.Deserialize<Geometry>(feature.GetProperty("geometry").GetRawText(), GeoJson)!;

    private static JsonElement Scope(JsonElement document, string id) =>
        document.GetProperty("summary").EnumerateArray().Single(s => s.GetProperty("scope").GetString() == id);

    [Fact]
    public async Task From_2023_to_2025_station800_gains_the_land_around_the_new_stations_and_loses_none()
    {
        var document = await _client.GetJsonAsync("/analysis/compare?metric=station800&from=2023&to=2025");

        Assert.Equal("station_800m_coverage", document.GetProperty("indicator").GetString());
        var gained = Difference(document, "gained");
        var lost = Difference(document, "lost");
        Assert.Equal("station800-2023-2025-gained", gained.GetProperty("id").GetString());
        Assert.InRange(Km2(gained), 1, 1000);
        Assert.InRange(People(gained), 1, 1e7);
        Assert.Equal(0, Km2(lost));
        Assert.Equal(0, People(lost));
        Assert.True(Shape(lost).IsEmpty);

        // Every station opened in 2024–2025 more than 800 m from the stations of 2023 lies inside the land gained.
        var features = BundledGeodata.Result.Dataset.Features;
        var stations = features.Where(f => f.Layer == "rail_stations").ToList();
        var lines = features.Where(f => f.Layer == "rail_lines").ToList();
        var before = StationCoverage.Operating(stations, lines, 2023);
        var opened = StationCoverage.Operating(stations, lines, 2025).Where(s => !before.Contains(s)).ToList();
        var away = opened
            .Where(s => before.All(b => MetricMeasure.ToMetres(b.Geometry).Distance(MetricMeasure.ToMetres(s.Geometry)) > 800))
            .ToList();
        Assert.NotEmpty(away);
        var area = Shape(gained);
        Assert.All(away, s => Assert.True(area.Covers(s.Geometry), $"{s.Id}, opened after 2023, lies in the land gained"));

        // The summary: the built-up denominator, then the metropolitan area; the change is what was gained.
        Assert.Equal(
            ["inside-ring-3", "shenyang-metropolitan-area"],
            document.GetProperty("summary").EnumerateArray().Select(s => s.GetProperty("scope").GetString()));
        var metropolitan = Scope(document, "shenyang-metropolitan-area");
        Assert.Equal(Km2(gained), metropolitan.GetProperty("change_km2").GetDouble(), 2);
        // Each year's people and the gained people are rounded separately, so they may differ by one.
        Assert.InRange(metropolitan.GetProperty("population_change").GetDouble(), People(gained) - 1, People(gained) + 1);
        Assert.True(
            metropolitan.GetProperty("to").GetProperty("population").GetDouble()
            > metropolitan.GetProperty("from").GetProperty("population").GetDouble());
        var builtUp = Scope(document, "inside-ring-3");
        Assert.InRange(builtUp.GetProperty("to_area_share_pct").GetDouble(), builtUp.GetProperty("from_area_share_pct").GetDouble(), 100);
        Assert.True(builtUp.GetProperty("area_km2").GetDouble() < metropolitan.GetProperty("area_km2").GetDouble());
        Assert.Contains("third ring", builtUp.GetProperty("label").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swapping_the_years_swaps_gained_and_lost()
    {
        var forward = await _client.GetJsonAsync("/analysis/compare?metric=station800&from=2023&to=2025");
        var backward = await _client.GetJsonAsync("/analysis/compare?metric=station800&from=2025&to=2023");

        Assert.Equal(Km2(Difference(forward, "gained")), Km2(Difference(backward, "lost")));
        Assert.Equal(People(Difference(forward, "gained")), People(Difference(backward, "lost")));
        Assert.Equal(0, Km2(Difference(backward, "gained")));
        var metropolitan = Scope(backward, "shenyang-metropolitan-area");
        var forwardChange = Scope(forward, "shenyang-metropolitan-area").GetProperty("change_km2").GetDouble();
        Assert.Equal(-forwardChange, metropolitan.GetProperty("change_km2").GetDouble(), 6);
    }

    [Theory]
    [InlineData("station800")]
    [InlineData("park")]
    public async Task The_same_year_twice_changes_nothing(string metric)
    {
        var document = await _client.GetJsonAsync($"/analysis/compare?metric={metric}&from=2025&to=2025");

        foreach (var kind in new[] { "gained", "lost" })
        {
            Assert.Equal(0, Km2(Difference(document, kind)));
            Assert.True(Shape(Difference(document, kind)).IsEmpty);
        }

        Assert.All(document.GetProperty("summary").EnumerateArray(), s =>
        {
            Assert.Equal(0, s.GetProperty("change_km2").GetDouble());
            var km2 = s.GetProperty("from").GetProperty("area_km2").GetDouble();
            Assert.Equal(km2, s.GetProperty("to").GetProperty("area_km2").GetDouble());
            Assert.True(s.GetProperty("to").GetProperty("area_km2").GetDouble() > 0);
        });
    }

    [Fact]
    public async Task Commute60_is_counted_over_the_metropolitan_area_and_its_change_is_gained_minus_lost()
    {
        var document = await _client.GetJsonAsync("/analysis/compare?metric=commute60");

        Assert.Equal(2023, document.GetProperty("from").GetInt32());
        Assert.Equal(2025, document.GetProperty("to").GetInt32());
        var metropolitan = Assert.Single(document.GetProperty("summary").EnumerateArray());
        Assert.Equal("shenyang-metropolitan-area", metropolitan.GetProperty("scope").GetString());
        var gained = Difference(document, "gained").GetProperty("properties").GetProperty("scopes")[0].GetProperty("area_km2").GetDouble();
        var lost = Difference(document, "lost").GetProperty("properties").GetProperty("scopes")[0].GetProperty("area_km2").GetDouble();
        Assert.True(gained > 0, "the 2025 network reaches land the 2023 one does not");
        Assert.Equal(gained - lost, metropolitan.GetProperty("change_km2").GetDouble(), 2);
        Assert.InRange(metropolitan.GetProperty("to_population_share_pct").GetDouble(), 5, 100);
    }

    [Theory]
    [InlineData("from=2023&to=2025", "metric")]
    [InlineData("metric=green&from=2023&to=2025", "metric")]
    [InlineData("metric=park&metric=station800", "metric")]
    [InlineData("metric=park&from=2024&to=2025", "from")]
    [InlineData("metric=park&from=abc", "from")]
    [InlineData("metric=park&from=2023&to=2030", "to")]
    [InlineData("metric=park&to=2023&to=2025", "to")]
    public async Task A_missing_or_unknown_metric_or_a_year_without_a_plan_is_400_naming_the_parameter(string query, string parameter)
    {
        var problem = await _client.GetProblemAsync($"/analysis/compare?{query}", HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        var allowed = parameter == "metric" ? "station800, park or commute60" : "2023 or 2025";
        Assert.Contains(allowed, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
