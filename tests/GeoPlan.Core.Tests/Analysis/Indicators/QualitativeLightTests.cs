using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using static GeoPlan.Core.Tests.Analysis.Indicators.PlanIndicators;

namespace GeoPlan.Core.Tests.Analysis.Indicators;

/// <summary>Qualitative targets judged by their meaning against the comparison values recorded with the actual.</summary>
public sealed class QualitativeLightTests
{
    private static Dictionary<string, double> GdpGrowthOf(double growth) => new() { [ComparisonValueNames.GdpGrowth] = growth };

    private static LightVerdict Judge(Indicator indicator, double value, params (string Name, double Value)[] comparisons) =>
        TrafficLights.Judge(
            indicator,
            2023,
            [Actual(indicator, 2023, value) with { ComparisonValues = comparisons.ToDictionary(c => c.Name, c => c.Value) }],
            LightRule.Default);

    [Theory]
    [InlineData(6.0, TrafficLight.Green)]
    [InlineData(4.5, TrafficLight.Green)]    // economic growth 5% less 0.5 points: still in step
    [InlineData(4.4, TrafficLight.Yellow)]
    [InlineData(4.0, TrafficLight.Yellow)]   // 0.5 below the line: exactly the tolerance, 10% of 5%
    [InlineData(3.9, TrafficLight.Red)]
    public void In_step_with_economic_growth_allows_half_a_point_then_the_tolerance(double growth, TrafficLight light)
    {
        var verdict = Judge(IncomeGrowth, growth, (ComparisonValueNames.GdpGrowth, 5.0));

        Assert.Equal(light, verdict.Light);
        Assert.Equal(4.5, verdict.Expected!.Value, 12);
        Assert.Equal(growth, verdict.Actual);
    }

    [Fact]
    public void The_in_step_reason_states_the_rule_and_the_numbers()
    {
        var green = Judge(IncomeGrowth, 4.8, (ComparisonValueNames.GdpGrowth, 5.0));
        var yellow = Judge(IncomeGrowth, 4.2, (ComparisonValueNames.GdpGrowth, 5.0));

        Assert.Equal(
            "4.8% in 2023 against economic growth of 5%: "
            + "in step, as the rule asks at least economic growth less 0.5 percentage points (4.5%).",
            green.Reason);
        Assert.Equal(
            "4.2% in 2023 against economic growth of 5%: 0.3 percentage points below the in-step line of 4.5% "
            + "(economic growth less 0.5 percentage points), within the 0.5 percentage points tolerance (10% of economic growth).",
            yellow.Reason);
    }

    [Fact]
    public void In_step_without_economic_growth_is_grey_naming_the_missing_value()
    {
        var verdict = Judge(IncomeGrowth, 5.0, (ComparisonValueNames.NationalAverage, 5.0));

        Assert.Equal(TrafficLight.Grey, verdict.Light);
        Assert.Equal(5.0, verdict.Actual);
        Assert.Contains("'gdp_growth'", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5.1, TrafficLight.Green)]    // above both
    [InlineData(5.0, TrafficLight.Yellow)]   // level with the provincial average is not above it
    [InlineData(4.8, TrafficLight.Yellow)]   // above the national average only
    [InlineData(4.6, TrafficLight.Red)]      // level with the national average, below the provincial
    [InlineData(3.0, TrafficLight.Red)]
    public void Above_the_national_and_provincial_averages_is_green_above_both_and_yellow_above_one(double growth, TrafficLight light)
    {
        var verdict = Judge(
            IndustrialGrowth, growth, (ComparisonValueNames.NationalAverage, 4.6), (ComparisonValueNames.ProvincialAverage, 5.0));

        Assert.Equal(light, verdict.Light);
        Assert.Equal(5.0, verdict.Expected);
    }

    [Fact]
    public void Above_the_provincial_average_only_is_yellow_too()
    {
        var verdict = Judge(
            IndustrialGrowth, 5.5, (ComparisonValueNames.NationalAverage, 6.0), (ComparisonValueNames.ProvincialAverage, 5.0));

        Assert.Equal(TrafficLight.Yellow, verdict.Light);
        Assert.Equal("5.5% in 2023 is above the provincial average of 5% but not the national average of 6%.", verdict.Reason);
    }

    [Fact]
    public void Averages_missing_are_grey_naming_exactly_the_missing_ones()
    {
        var noProvincial = Judge(IndustrialGrowth, 7.0, (ComparisonValueNames.NationalAverage, 4.6));
        var neither = Judge(IndustrialGrowth, 7.0);

        Assert.Equal(TrafficLight.Grey, noProvincial.Light);
        Assert.Contains("'provincial_average'", noProvincial.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("national_average", noProvincial.Reason, StringComparison.Ordinal);
        Assert.Equal(TrafficLight.Grey, neither.Light);
        Assert.Contains("'national_average' and 'provincial_average'", neither.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_qualitative_target_without_an_actual_is_grey_no_data()
    {
        var verdict = TrafficLights.Judge(IncomeGrowth, 2025, [], LightRule.Default);

        Assert.Equal(TrafficLight.Grey, verdict.Light);
        Assert.StartsWith("No data", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wider_in_step_margin_turns_yellow_green()
    {
        var rule = LightRule.Default with { InStepMarginPoints = 1 };

        var verdict = TrafficLights.Judge(
            IncomeGrowth,
            2023,
            [Actual(IncomeGrowth, 2023, 4.2) with { ComparisonValues = GdpGrowthOf(5) }],
            rule);

        Assert.Equal(TrafficLight.Green, verdict.Light);
    }
}
