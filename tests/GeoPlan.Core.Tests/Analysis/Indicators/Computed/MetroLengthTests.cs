using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using static GeoPlan.Core.Tests.Analysis.Indicators.Computed.MetricFixture;

namespace GeoPlan.Core.Tests.Analysis.Indicators.Computed;

/// <summary>Metro length by year from segments of known length.</summary>
public sealed class MetroLengthTests
{
    private static readonly PlanFeature[] Lines =
    [
        Line("a-1", "A", "metro", 0, 3000, 0, openYear: 2020),
        Line("b-1", "B", "metro", 0, 4000, 5000, openYear: 2025),
        Line("a-2", "A", "metro", 3000, 3500, 0, openYear: 2023),
        Line("hsr", "H", "high_speed", 0, 20_000, 9000, openYear: 2012),
        Line("c-1", "C", "metro", 0, 9000, 12_000, openYear: null, FeatureStatus.UnderConstruction),
    ];

    [Fact]
    public void Only_metro_sections_open_by_the_year_count_per_line_and_in_total()
    {
        var in2023 = MetroLength.Compute(Lines, 2023, new IndicatorTarget("165", 5, Comparison.AtLeast, null)).Indicator;
        var in2025 = MetroLength.Compute(Lines, 2025, null).Indicator;

        Assert.Equal(3.5, in2023.Value, 3);
        Assert.Equal(32, in2023.IndicatorId);
        Assert.Equal("km", in2023.Unit);
        Assert.Equal(["a-1", "a-2"], in2023.FeatureIds);
        Assert.Equal(3.5, Assert.Single(in2023.Parts).Value!.Value, 3);
        Assert.Equal(1.5, (double)in2023.Parameters["shortfall_km"]!, 3);

        Assert.Equal(7.5, in2025.Value, 3);
        Assert.Equal(["a-1", "b-1", "a-2"], in2025.FeatureIds);
        Assert.Equal([("A", 3.5), ("B", 4.0)], in2025.Parts.Select(p => (p.Id, Math.Round(p.Value!.Value, 3))));
        Assert.Null(in2025.Parameters["target_km"]);
        Assert.NotNull(in2025.Parameters["target_km_null_reason"]);
    }

    [Fact]
    public void The_explanation_lists_exactly_the_measured_sections_and_says_why_drawn_lines_run_short()
    {
        var explanation = MetroLength.Compute(Lines, 2025, null);

        Assert.Equal(explanation.Indicator.FeatureIds, explanation.Features.Select(f => f.Feature.Id));
        Assert.All(explanation.Features, f => Assert.Equal(ContributingRoles.Counted, f.Role));
        Assert.Equal(4.0, (double)explanation.Features[1].Measures["length_km"]!, 3);
        Assert.Null(explanation.CoveredLonLat);
        Assert.Contains(explanation.Indicator.Notes, n => n.Contains("9 % shorter", StringComparison.Ordinal));
        Assert.Equal(["rail_lines: status as known at 2025-10 (data date in the features' source)"], explanation.Indicator.DataDates);
    }

    [Theory]
    [InlineData(2023, 150)]
    [InlineData(2025, 186)]
    public void Bundled_metro_length_is_the_length_geodata_readme_states(int year, double km)
    {
        var railLines = GeoPlan.Testing.BundledGeodata.Result.Dataset.Features.Where(f => f.Layer == "rail_lines").ToList();

        var indicator = MetroLength.Compute(railLines, year, null).Indicator;

        Assert.InRange(indicator.Value, km - 1, km + 1);
        Assert.Equal(indicator.Value, indicator.Parts.Sum(p => p.Value!.Value), 2);
    }
}
