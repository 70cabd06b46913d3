using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using static GeoPlan.Core.Tests.Analysis.Indicators.PlanIndicators;

namespace GeoPlan.Core.Tests.Analysis.Indicators;

/// <summary>Numeric targets: the boundaries of green, yellow and red in both directions, with and without a baseline.</summary>
public sealed class NumericLightTests
{
    private static readonly TaskTarget ImportsAboveOneThousand =
        new(2023, "进口额", "import value", 1000, "亿元", Comparison.Above, "2023 年，进口额突破千亿元");

    private static IndicatorActual Imports(double value) => new(0, 2023, value, "test bulletin", new DateOnly(2024, 1, 31));

    private static LightVerdict Judge(Indicator indicator, int targetYear, params IndicatorActual[] actuals) =>
        TrafficLights.Judge(indicator, targetYear, actuals, LightRule.Default);

    [Theory]
    [InlineData(165, TrafficLight.Green)]      // exactly the target
    [InlineData(170, TrafficLight.Green)]
    [InlineData(164.9, TrafficLight.Yellow)]   // just short
    [InlineData(148.5, TrafficLight.Yellow)]   // short by exactly the 16.5 km tolerance
    [InlineData(148.4, TrafficLight.Red)]      // beyond it
    public void Without_a_baseline_the_metro_length_is_held_against_the_target_itself(double km, TrafficLight light)
    {
        var verdict = Judge(MetroLengthRow, 2023, Actual(MetroLengthRow, 2023, km));

        Assert.Equal(light, verdict.Light);
        Assert.Equal(165, verdict.Expected);
        Assert.Equal(km, verdict.Actual);
        Assert.Equal(2023, verdict.ActualYear);
    }

    [Fact]
    public void The_reason_is_one_sentence_with_the_numbers()
    {
        var verdict = Judge(MetroLengthRow, 2023, Actual(MetroLengthRow, 2023, 150.3));

        Assert.Equal(
            "150.3 km in 2023 against 165 km expected by 2023 (the 2023 target itself, as no 2022 baseline is recorded): "
            + "14.7 km short, within the 16.5 km tolerance.",
            verdict.Reason);
    }

    [Fact]
    public void Without_a_baseline_an_early_actual_is_still_held_against_the_full_target()
    {
        var verdict = Judge(MetroLengthRow, 2025, Actual(MetroLengthRow, 2023, 240));

        Assert.Equal(TrafficLight.Yellow, verdict.Light);
        Assert.Equal(257, verdict.Expected);
        Assert.Contains(
            "expected by 2025 (the 2025 target itself, as no 2022 baseline is recorded)", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2023, 163, TrafficLight.Green)]      // 116 + (257 − 116) × 1/3 = 163, exactly on it
    [InlineData(2023, 162.9, TrafficLight.Yellow)]
    [InlineData(2023, 137.3, TrafficLight.Yellow)]   // 163 − 25.7: short by exactly the tolerance
    [InlineData(2023, 137.2, TrafficLight.Red)]
    [InlineData(2024, 210, TrafficLight.Green)]      // 116 + 141 × 2/3 = 210
    [InlineData(2024, 184.2, TrafficLight.Red)]      // 25.8 short of 210
    [InlineData(2025, 257, TrafficLight.Green)]
    public void With_a_baseline_the_expectation_grows_with_the_elapsed_share(int year, double km, TrafficLight light)
    {
        var verdict = Judge(MetroLengthRow, 2025, Actual(MetroLengthRow, 2022, 116), Actual(MetroLengthRow, year, km));

        Assert.Equal(light, verdict.Light);
        Assert.Equal(116 + (141.0 * (year - 2022) / 3), verdict.Expected!.Value, 9);
        Assert.Equal(year, verdict.ActualYear);
    }

    [Fact]
    public void With_a_baseline_the_reason_says_how_far_through_the_period_the_expectation_is()
    {
        var verdict = Judge(MetroLengthRow, 2025, Actual(MetroLengthRow, 2022, 116), Actual(MetroLengthRow, 2023, 170));

        Assert.Equal(
            "170 km in 2023 against 163 km expected by 2023 "
            + "(33% of the way from the 2022 baseline of 116 km to the 2025 target of 257 km): "
            + "on track, 7 km ahead.",
            verdict.Reason);
    }

    [Theory]
    [InlineData(4, TrafficLight.Green)]        // exactly 4 以内
    [InlineData(3.5, TrafficLight.Green)]
    [InlineData(4.01, TrafficLight.Yellow)]    // just over
    [InlineData(4.4, TrafficLight.Yellow)]     // over by exactly the 0.4-point tolerance
    [InlineData(4.41, TrafficLight.Red)]
    public void Unemployment_is_lower_is_better_and_4_以内_allows_4_itself(double rate, TrafficLight light)
    {
        var verdict = Judge(Unemployment, 2023, Actual(Unemployment, 2023, rate));

        Assert.Equal(light, verdict.Light);
        Assert.Equal(4, verdict.Expected);
    }

    [Fact]
    public void A_lower_is_better_reason_speaks_of_over_and_under()
    {
        var over = Judge(Unemployment, 2023, Actual(Unemployment, 2023, 4.3));
        var under = Judge(Unemployment, 2023, Actual(Unemployment, 2023, 3.5));

        Assert.EndsWith("against at most 4% expected by 2023 (the 2023 target itself, as no 2022 baseline is recorded): "
            + "0.3 percentage points over, within the 0.4 percentage points tolerance.", over.Reason, StringComparison.Ordinal);
        Assert.EndsWith(": on track, 0.5 percentage points under.", under.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4.4, TrafficLight.Green)]     // 4.6 + (4 − 4.6) × 1/3 = 4.4
    [InlineData(4.2, TrafficLight.Green)]
    [InlineData(4.5, TrafficLight.Yellow)]
    [InlineData(4.8, TrafficLight.Yellow)]    // over by exactly the 0.4-point tolerance
    [InlineData(4.85, TrafficLight.Red)]
    public void A_lower_is_better_expectation_falls_from_the_baseline(double rate, TrafficLight light)
    {
        var verdict = Judge(Unemployment, 2025, Actual(Unemployment, 2022, 4.6), Actual(Unemployment, 2023, rate));

        Assert.Equal(light, verdict.Light);
        Assert.Equal(4.4, verdict.Expected!.Value, 9);
    }

    [Theory]
    [InlineData(22, TrafficLight.Green)]
    [InlineData(15, TrafficLight.Green)]
    [InlineData(24, TrafficLight.Yellow)]
    [InlineData(24.2, TrafficLight.Yellow)]   // 2.2 ranks: exactly the tolerance
    [InlineData(25, TrafficLight.Red)]
    public void A_rank_is_better_when_smaller(double rank, TrafficLight light)
    {
        Assert.Equal(light, Judge(FinancialCentreRank, 2023, Actual(FinancialCentreRank, 2023, rank)).Light);
    }

    [Theory]
    [InlineData(1000.1, TrafficLight.Green)]
    [InlineData(1000, TrafficLight.Yellow)]    // 突破 is strict: reaching it is not passing it
    [InlineData(900, TrafficLight.Yellow)]     // short by exactly the 100 亿元 tolerance
    [InlineData(899.9, TrafficLight.Red)]
    public void Above_is_strict(double imports, TrafficLight light)
    {
        var verdict = TrafficLights.Judge(ImportsAboveOneThousand, [Imports(imports)], LightRule.Default);

        Assert.Equal(light, verdict.Light);
    }

    [Fact]
    public void Reaching_a_strict_target_exactly_says_so()
    {
        var verdict = TrafficLights.Judge(ImportsAboveOneThousand, [Imports(1000)], LightRule.Default);

        Assert.EndsWith("against more than 1,000 亿元 expected by 2023 (the 2023 target itself, as no 2022 baseline is recorded): "
            + "level with it where more is required, within the 100 亿元 tolerance.", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_latest_actual_not_after_the_target_year_is_judged_and_the_most_recent_source_wins_within_a_year()
    {
        IndicatorActual[] actuals =
        [
            Actual(MetroLengthRow, 2024, 200) with { AsOf = new DateOnly(2025, 1, 31) },
            Actual(MetroLengthRow, 2024, 230) with { AsOf = new DateOnly(2025, 6, 30), Source = "revised bulletin" },
            Actual(MetroLengthRow, 2023, 160),
            Actual(MetroLengthRow, 2026, 400),
            new IndicatorActual(Unemployment.Id, 2025, 3.9, "another indicator", new DateOnly(2026, 1, 31)),
        ];

        var for2023 = Judge(MetroLengthRow, 2023, actuals);
        var for2025 = Judge(MetroLengthRow, 2025, actuals);

        Assert.Equal((2023, 160.0), (for2023.ActualYear, for2023.Actual));
        Assert.Equal((2024, 230.0), (for2025.ActualYear, for2025.Actual));
    }

    [Fact]
    public void No_actual_is_grey_no_data()
    {
        var verdict = Judge(MetroLengthRow, 2023);

        Assert.Equal(TrafficLight.Grey, verdict.Light);
        Assert.Null(verdict.Actual);
        Assert.Null(verdict.Expected);
        Assert.Equal("No data: no actual value of Urban rapid rail transit length is recorded for 2023 or before.", verdict.Reason);
    }

    [Fact]
    public void Only_later_actuals_are_grey_and_say_when_the_first_one_is()
    {
        var verdict = Judge(MetroLengthRow, 2023, Actual(MetroLengthRow, 2024, 180));

        Assert.Equal(TrafficLight.Grey, verdict.Light);
        Assert.Contains("the earliest recorded is for 2024", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Actuals_of_other_indicators_do_not_light_an_indicator()
    {
        var verdict = Judge(MetroLengthRow, 2023, Actual(Unemployment, 2023, 170));

        Assert.Equal(TrafficLight.Grey, verdict.Light);
    }

    [Fact]
    public void Only_the_plans_target_years_can_be_judged()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Judge(MetroLengthRow, 2024, Actual(MetroLengthRow, 2024, 200)));

        Assert.Contains("2023 and 2025", error.Message, StringComparison.Ordinal);
    }
}
