using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;

namespace GeoPlan.Core.Tests.Analysis.Indicators;

/// <summary>Task targets: grey until an actual is recorded, then judged like indicators, at_most ones as lower-is-better.</summary>
public sealed class TaskTargetLightTests
{
    private static readonly TaskTarget GasPipelines = new(
        2023, "老旧燃气管线改造", "old gas pipelines replaced", 150, "公里", Comparison.AtLeast, "2023 年，…改造球墨铸铁、钢管等老旧燃气管线 150 公里");

    private static readonly TaskTarget Pm25 = new(
        2023, "PM2.5浓度", "PM2.5 concentration", 37, "微克/立方米", Comparison.AtMost, "2023年，全市PM<sub>2.5</sub>浓度不超过37微克/立方米");

    private static readonly TaskTarget SpecialPlans = new(
        2023, "编制完成《沈抚同城化发展规划》和各专项规划", "complete the Shenyang-Fushun integration development plan and the special plans",
        null, null, Comparison.Qualitative, "2023年,编制完成《沈抚同城化发展规划》和各专项规划");

    private static IndicatorActual Actual(int year, double value) => new(0, year, value, "test bulletin", new DateOnly(year + 1, 1, 31));

    [Fact]
    public void Without_actuals_a_task_target_is_grey()
    {
        var verdict = TrafficLights.Judge(GasPipelines, [], LightRule.Default);

        Assert.Equal(TrafficLight.Grey, verdict.Light);
        Assert.Equal("No data: no actual value of old gas pipelines replaced is recorded for 2023 or before.", verdict.Reason);
    }

    [Theory]
    [InlineData(150, TrafficLight.Green)]
    [InlineData(140, TrafficLight.Yellow)]
    [InlineData(135, TrafficLight.Yellow)]   // 15 km short: exactly the tolerance
    [InlineData(134, TrafficLight.Red)]
    public void With_an_actual_a_task_target_is_judged(double km, TrafficLight light)
    {
        var verdict = TrafficLights.Judge(GasPipelines, [Actual(2023, km)], LightRule.Default);

        Assert.Equal(light, verdict.Light);
        Assert.Equal(150, verdict.Expected);
    }

    [Theory]
    [InlineData(37, TrafficLight.Green)]
    [InlineData(38, TrafficLight.Yellow)]
    [InlineData(40.7, TrafficLight.Yellow)]   // 3.7 over: exactly the tolerance
    [InlineData(41, TrafficLight.Red)]
    public void An_at_most_task_target_is_lower_is_better(double concentration, TrafficLight light)
    {
        var verdict = TrafficLights.Judge(Pm25, [Actual(2023, concentration)], LightRule.Default);

        Assert.Equal(light, verdict.Light);
    }

    [Fact]
    public void A_task_baseline_moves_the_expectation_as_for_indicators()
    {
        var target = GasPipelines with { Year = 2025, Value = 250 };

        var verdict = TrafficLights.Judge(target, [Actual(2022, 100), Actual(2023, 150)], LightRule.Default);

        Assert.Equal(TrafficLight.Green, verdict.Light);
        Assert.Equal(150, verdict.Expected!.Value, 9);
    }

    [Fact]
    public void A_qualitative_task_target_no_rule_reads_is_grey_even_with_an_actual()
    {
        var verdict = TrafficLights.Judge(SpecialPlans, [Actual(2023, 1)], LightRule.Default);

        Assert.Equal(TrafficLight.Grey, verdict.Light);
        Assert.Contains("assessed in words", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_target_in_step_with_economic_growth_is_read_by_its_meaning()
    {
        var target = new TaskTarget(2023, "居民收入增长", "residents' income growth", null, "%", Comparison.Qualitative, "2023年，居民收入增长与经济增长基本同步");
        var actual = Actual(2023, 4.9) with
        {
            ComparisonValues = new Dictionary<string, double> { [ComparisonValueNames.GdpGrowth] = 5.0 },
        };

        var verdict = TrafficLights.Judge(target, [actual], LightRule.Default);

        Assert.Equal(TrafficLight.Green, verdict.Light);
    }
}
