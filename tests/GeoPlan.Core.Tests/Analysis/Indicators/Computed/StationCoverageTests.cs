using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using static GeoPlan.Core.Tests.Analysis.Indicators.Computed.MetricFixture;

namespace GeoPlan.Core.Tests.Analysis.Indicators.Computed;

/// <summary>800 m station coverage of a known square.</summary>
public sealed class StationCoverageTests
{
    private const double Side = 4000;

    private static readonly PlanFeature[] Lines =
    [
        Line("m1", "M1", "metro", 0, 4000, 2000, openYear: 2010),
        Line("m9", "M9", "metro", 0, 4000, 3500, openYear: 2025),
    ];

    private static readonly PlanFeature[] Stations =
    [
        Station("centre", 2000, 2000, "M1", openYear: 2010),
        Station("later", 800, 800, "M9", openYear: 2025),
        Station("building", 500, 500, "M6", openYear: null, FeatureStatus.UnderConstruction),
        Station("no-line", 500, 3500, "M42", openYear: 2010),
    ];

    [Fact]
    public void One_station_in_the_middle_of_a_4_km_square_covers_pi_times_800_m_squared_of_16_km2()
    {
        var explanation = StationCoverage.Compute(Stations, Lines, 2023, BuiltUpArea.InsideRing(SquareRing(Side)), OneDistrict(Side, 16_000));

        // π·0.8² = 2.0106 km² of 16 km² = 12.57 %; 16,000 people spread evenly: 2,011 of them.
        var indicator = explanation.Indicator;
        Assert.Equal(Math.PI * 0.64 / 16 * 100, indicator.Value, 0.01);
        var builtUp = indicator.Parts[0];
        Assert.Equal(Math.PI * 0.64, (double)builtUp.Details["covered_km2"]!, 0.0003);
        Assert.Equal(16.0, (double)builtUp.Details["area_km2"]!, 6);
        Assert.Equal(2011, (double)builtUp.Details["covered_population"]!, 1.0);
        Assert.Equal(12.57, (double)builtUp.Details["population_share_pct"]!, 0.01);
        var district = Assert.Single(indicator.Parts, p => p.Id == "d1");
        Assert.Equal(12.57, district.Value!.Value, 0.01);
    }

    [Fact]
    public void The_explanation_lists_exactly_the_operating_stations_and_the_ring()
    {
        var ring = BuiltUpArea.InsideRing(SquareRing(Side));

        var in2023 = StationCoverage.Compute(Stations, Lines, 2023, ring, OneDistrict(Side, 16_000));
        var in2025 = StationCoverage.Compute(Stations, Lines, 2025, ring, OneDistrict(Side, 16_000));

        Assert.Equal(["centre", "road-ring-3"], in2023.Indicator.FeatureIds);
        Assert.Equal(["centre", "later", "road-ring-3"], in2025.Indicator.FeatureIds);
        Assert.Equal(in2025.Indicator.FeatureIds, in2025.Features.Select(f => f.Feature.Id));
        Assert.Equal([ContributingRoles.Counted, ContributingRoles.Counted, ContributingRoles.Denominator], in2025.Features.Select(f => f.Role));
        // The 2025 station's disc touches two sides of the square from inside and lies 1.7 km from the centre: a second whole disc.
        Assert.Equal(2 * Math.PI * 0.64 / 16 * 100, in2025.Indicator.Value, 0.01);
    }
}
