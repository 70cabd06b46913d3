using System.Net;
using System.Text.Json;
using GeoPlan.Testing;

namespace GeoPlan.Server.Tests.Plan;

/// <summary><c>/plan/indicators/{id}/explain</c> on the bundled data: the number, how it was computed, and exactly its features.</summary>
public sealed class IndicatorExplainApiTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private readonly HttpClient _client = app.CreateClient();

    private static List<JsonElement> Features(JsonElement document) => document.GetProperty("features").GetProperty("features").EnumerateArray().ToList();

    private static string Role(JsonElement feature) => feature.GetProperty("properties").GetProperty("role").GetString()!;

    [Theory]
    [InlineData(2023, 150, 165)]
    [InlineData(2025, 186, 257)]
    public async Task Indicator_32_is_the_operating_metro_length_against_the_target_with_its_sections_on_the_map(int year, double km, double target)
    {
        var document = await _client.GetJsonAsync($"/plan/indicators/32/explain?year={year}");

        var computation = document.GetProperty("computation");
        Assert.Equal(32, computation.GetProperty("indicator_id").GetInt32());
        Assert.Equal("metro_length", computation.GetProperty("key").GetString());
        Assert.Equal(year, computation.GetProperty("year").GetInt32());
        Assert.InRange(computation.GetProperty("value").GetDouble(), km - 1, km + 1);
        Assert.Equal(target, computation.GetProperty("parameters").GetProperty("target_km").GetDouble());
        Assert.Contains("9 %", computation.GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(computation.GetProperty("data_dates").EnumerateArray(), d => d.GetString()!.Contains("2025-10", StringComparison.Ordinal));

        // Exactly the metro sections open by the year (in the store's order), as GeoJSON features in the order of feature_ids.
        var expected = BundledGeodata.Result.Dataset.Features
            .Where(f => f.Layer == "rail_lines" && (string?)f.Attributes["mode"] == "metro" && new Core.Model.ScenarioYear(year).Includes(f))
            .Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        var ids = computation.GetProperty("feature_ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(expected, ids.Order(StringComparer.Ordinal));
        var features = Features(document);
        Assert.Equal(ids, features.Select(f => f.GetProperty("id").GetString()));
        Assert.All(features, f => Assert.Equal("counted", Role(f)));
        Assert.Equal(computation.GetProperty("value").GetDouble(), computation.GetProperty("parts").EnumerateArray().Sum(p => p.GetProperty("value").GetDouble()), 2);
    }

    [Fact]
    public async Task The_key_names_indicator_32_too_and_the_year_defaults_to_2025()
    {
        var byKey = await _client.GetJsonAsync("/plan/indicators/metro_length/explain");

        Assert.Equal(2025, byKey.GetProperty("computation").GetProperty("year").GetInt32());
    }

    [Theory]
    [InlineData("park_service_coverage")]
    [InlineData("station_800m_coverage")]
    public async Task A_coverage_indicator_maps_its_features_the_third_ring_and_the_covered_area(string key)
    {
        var in2023 = await _client.GetJsonAsync($"/plan/indicators/{key}/explain?year=2023");
        var in2025 = await _client.GetJsonAsync($"/plan/indicators/{key}/explain?year=2025");

        foreach (var document in new[] { in2023, in2025 })
        {
            var computation = document.GetProperty("computation");
            Assert.Equal("%", computation.GetProperty("unit").GetString());
            Assert.InRange(computation.GetProperty("value").GetDouble(), 1, 100);
            var features = Features(document);
            var ids = computation.GetProperty("feature_ids").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Equal(ids, features.Where(f => Role(f) != "covered").Select(f => f.GetProperty("id").GetString()));
            Assert.Equal("road-ring-3", Assert.Single(features, f => Role(f) == "denominator").GetProperty("id").GetString());
            var covered = Assert.Single(features, f => Role(f) == "covered");
            Assert.Equal(features[^1], covered);
            Assert.Contains(covered.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" });
            var builtUp = computation.GetProperty("parts")[0];
            Assert.Equal("inside-ring-3", builtUp.GetProperty("id").GetString());
            Assert.InRange(builtUp.GetProperty("details").GetProperty("population_share_pct").GetDouble(), 1, 100);
            Assert.Contains(computation.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("approximation", StringComparison.Ordinal));
        }

        Assert.True(
            in2025.GetProperty("computation").GetProperty("value").GetDouble() >= in2023.GetProperty("computation").GetProperty("value").GetDouble(),
            "nothing in the bundled data closes between 2023 and 2025");
    }

    [Fact]
    public async Task The_metropolitan_commute_share_grows_from_2023_to_2025_and_starts_at_the_city_centre()
    {
        var in2023 = await _client.GetJsonAsync("/plan/indicators/metropolitan_commute_60/explain?year=2023");
        var in2025 = await _client.GetJsonAsync("/plan/indicators/metropolitan_commute_60/explain?year=2025");

        var share2023 = in2023.GetProperty("computation").GetProperty("value").GetDouble();
        var share2025 = in2025.GetProperty("computation").GetProperty("value").GetDouble();
        Assert.InRange(share2023, 5, 100);
        Assert.True(share2025 >= share2023, $"2025 ({share2025} %) reaches at least as many people as 2023 ({share2023} %)");
        var features = Features(in2025);
        Assert.Equal("station-renmin-guangchang", Assert.Single(features, f => Role(f) == "origin").GetProperty("id").GetString());
        Assert.Equal(7, features.Count(f => Role(f) == "denominator"));
        Assert.Contains(features, f => Role(f) == "network" && f.GetProperty("id").GetString() == "m1-east-extension");
        Assert.DoesNotContain(Features(in2023), f => f.GetProperty("id").GetString() == "m1-east-extension");
        Assert.Single(features, f => Role(f) == "covered");
    }

    [Theory]
    [InlineData("5")]
    [InlineData("31")]
    [InlineData("green_coverage")]
    public async Task An_indicator_not_computed_from_geometry_is_404_naming_those_that_are(string id)
    {
        var problem = await _client.GetProblemAsync($"/plan/indicators/{id}/explain?year=2023", HttpStatusCode.NotFound);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains($"'{id}'", detail, StringComparison.Ordinal);
        Assert.Contains("32", detail, StringComparison.Ordinal);
        Assert.Contains("park_service_coverage", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2030")]
    [InlineData("abc")]
    [InlineData("2023&year=2025")]
    public async Task A_year_other_than_2023_or_2025_is_400_on_the_year_parameter(string year)
    {
        var problem = await _client.GetProblemAsync($"/plan/indicators/32/explain?year={year}", HttpStatusCode.BadRequest);

        Assert.Equal("year", problem.GetProperty("parameter").GetString());
    }
}
