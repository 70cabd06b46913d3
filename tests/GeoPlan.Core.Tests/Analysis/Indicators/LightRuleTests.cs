using GeoPlan.Core.Analysis.Indicators;

namespace GeoPlan.Core.Tests.Analysis.Indicators;

/// <summary>The rule's defaults and its elapsed share of the period.</summary>
public sealed class LightRuleTests
{
    [Fact]
    public void The_default_period_starts_at_the_plan_year_with_a_tolerance_of_ten_points_of_the_target()
    {
        var rule = LightRule.Default;

        Assert.Equal(2022, rule.PeriodStartYear);
        Assert.Equal(10, rule.TolerancePoints);
        Assert.Equal(0.5, rule.InStepMarginPoints);
        Assert.Equal(16.5, rule.ToleranceFor(165), 12);
        Assert.Equal(0.4, rule.ToleranceFor(4), 12);
    }

    [Theory]
    [InlineData(2022, 2025, 0.0)]
    [InlineData(2023, 2025, 1.0 / 3)]
    [InlineData(2024, 2025, 2.0 / 3)]
    [InlineData(2025, 2025, 1.0)]
    [InlineData(2023, 2023, 1.0)]
    [InlineData(2021, 2025, 0.0)]
    [InlineData(2026, 2025, 1.0)]
    public void Elapsed_share_is_years_since_the_start_over_the_years_to_the_target_clamped(int actualYear, int targetYear, double share)
    {
        Assert.Equal(share, LightRule.Default.ElapsedShare(actualYear, targetYear), 12);
    }

    [Fact]
    public void A_target_year_at_or_before_the_start_counts_as_fully_elapsed()
    {
        var rule = LightRule.Default with { PeriodStartYear = 2023 };

        Assert.Equal(1, rule.ElapsedShare(2023, 2023));
        Assert.Equal(0.5, rule.ElapsedShare(2024, 2025));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void A_negative_tolerance_is_refused_with_the_settings_name(double points)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LightRule.Default with { TolerancePoints = points });

        Assert.Contains(nameof(LightRule.TolerancePoints), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wider_tolerance_turns_a_red_light_yellow()
    {
        var metro = PlanIndicators.MetroLengthRow;
        IndicatorActual[] actuals = [new(32, 2023, 140, "test", new DateOnly(2024, 1, 31))];

        Assert.Equal(TrafficLight.Red, TrafficLights.Judge(metro, 2023, actuals, LightRule.Default).Light);
        Assert.Equal(TrafficLight.Yellow, TrafficLights.Judge(metro, 2023, actuals, LightRule.Default with { TolerancePoints = 20 }).Light);
    }
}
