using GeoPlan.Core.Analysis.Indicators;
using static GeoPlan.Core.Tests.Analysis.Indicators.Computed.MetricFixture;

namespace GeoPlan.Core.Tests.Analysis.Indicators.Computed;

/// <summary>Park service radii and their union, against areas worked out by hand (a buffered square: s² + 4sr + πr²).</summary>
public sealed class ParkServiceCoverageTests
{
    private const double Side = 10_000;
    private static readonly BuiltUpArea Denominator = BuiltUpArea.InsideRing(SquareRing(Side));

    private static double BufferedSquare(double squareMetres, double radius) => squareMetres + (4 * Math.Sqrt(squareMetres) * radius) + (Math.PI * radius * radius);

    // A buffer's round ends are polygons of 256 sides: 0.01 % short of a circle's area (79 m² of π·500², 28 m² of π·300²).
    private const double BufferToleranceKm2 = 0.0002;

    private static double CoveredKm2(ComputedIndicator indicator) => (double)indicator.Parts[0].Details["covered_km2"]!;

    [Theory]
    [InlineData(4_000, 300.0)]
    [InlineData(6_000, 500.0)]
    [InlineData(5_000, 500.0)]
    [InlineData(2_000, 300.0)]
    [InlineData(1_999, null)]
    [InlineData(1_000, null)]
    public void A_park_serves_500_m_from_5000_m2_300_m_from_2000_m2_and_nothing_below(double squareMetres, double? radius) =>
        Assert.Equal(radius, ParkServiceCoverage.ServiceRadiusMetres(squareMetres));

    [Fact]
    public void Parks_of_4000_and_6000_m2_cover_300_and_500_m_and_one_of_1000_m2_nothing()
    {
        var parks = new[] { Park("p4000", 2000, 2000, 4_000), Park("p6000", 6000, 6000, 6_000), Park("p1000", 2000, 7000, 1_000) };

        var explanation = ParkServiceCoverage.Compute(parks, 2023, Denominator, OneDistrict(Side, 100_000));

        // 4,000 + 4·63.25·300 + π·300² = 362,638 m²; 6,000 + 4·77.46·500 + π·500² = 946,318 m²; together 1.308956 km² of 100 km².
        var expected = BufferedSquare(4_000, 300) + BufferedSquare(6_000, 500);
        Assert.Equal(1.30896, expected / 1e6, 5);
        var indicator = explanation.Indicator;
        Assert.Equal(expected / 1e6, CoveredKm2(indicator), BufferToleranceKm2);
        Assert.Equal(1.31, indicator.Value, 2);
        Assert.Equal("%", indicator.Unit);
        Assert.Equal(["p4000", "p6000", "road-ring-3"], indicator.FeatureIds);
        Assert.Equal(indicator.FeatureIds, explanation.Features.Select(f => f.Feature.Id));
        Assert.Equal([300.0, 500.0], explanation.Features.Take(2).Select(f => (double)f.Measures["service_radius_m"]!));
        Assert.Equal("p1000", indicator.Parameters["parks_too_small"]);
        Assert.Contains(indicator.Notes, n => n.Contains("under 2,000 m² count nothing", StringComparison.Ordinal));
        Assert.Contains(indicator.Notes, n => n.Contains("approximation of the built-up area", StringComparison.Ordinal));
    }

    [Fact]
    public void Overlapping_service_areas_count_once()
    {
        // Two 6,000 m² parks sharing an edge make a 2s × s rectangle: its 500 m buffer is 2s² + 2·3s·500 + π·500².
        var s = Math.Sqrt(6_000);
        var side = Park("west", 4000, 4000, 6_000);
        var neighbour = Park("east", 4000 + s, 4000, 6_000);
        var twin = Park("twin", 4000, 4000, 6_000);

        var adjacent = ParkServiceCoverage.Compute([side, neighbour], 2023, Denominator, OneDistrict(Side, 100_000)).Indicator;
        var stacked = ParkServiceCoverage.Compute([side, twin], 2023, Denominator, OneDistrict(Side, 100_000)).Indicator;

        Assert.Equal(((2 * 6_000) + (2 * 3 * s * 500) + (Math.PI * 500 * 500)) / 1e6, CoveredKm2(adjacent), BufferToleranceKm2);
        Assert.Equal(BufferedSquare(6_000, 500) / 1e6, CoveredKm2(stacked), BufferToleranceKm2);
    }

    [Fact]
    public void Covered_people_follow_the_census_spread_and_parks_not_yet_open_count_nothing()
    {
        var parks = new[] { Park("open", 2000, 2000, 6_000, openYear: 2020), Park("later", 6000, 6000, 6_000, openYear: 2025) };

        var in2023 = ParkServiceCoverage.Compute(parks, 2023, Denominator, OneDistrict(Side, 100_000));
        var in2025 = ParkServiceCoverage.Compute(parks, 2025, Denominator, OneDistrict(Side, 100_000));

        Assert.Equal(["open", "road-ring-3"], in2023.Indicator.FeatureIds);
        var builtUp = in2023.Indicator.Parts[0].Details;
        Assert.Equal(100_000.0, (double)builtUp["population"]!);
        // 100,000 people on 100 km², 0.946 km² covered: 946 people, 0.95 %.
        Assert.Equal(Math.Round(BufferedSquare(6_000, 500) / 1e6 / 100 * 100_000), (double)builtUp["covered_population"]!, 0);
        Assert.Equal(0.95, (double)builtUp["population_share_pct"]!, 2);
        Assert.Equal(2 * in2023.Indicator.Value, in2025.Indicator.Value, 1);
        Assert.NotNull(in2023.CoveredLonLat);
    }
}
