using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using GeoPlan.Testing;

namespace GeoPlan.Core.Tests.Analysis.Indicators;

/// <summary>Every indicator and task target of the bundled plan gets a light, and an actual on each target is green.</summary>
public sealed class BundledIndicatorLightTests
{
    private static readonly IReadOnlyList<Indicator> Indicators = BundledGeodata.Result.Dataset.Indicators;
    private static readonly IReadOnlyList<PlanTask> Tasks = BundledGeodata.Result.Dataset.Tasks;

    public static TheoryData<int> TargetYears => [2023, 2025];

    [Theory]
    [MemberData(nameof(TargetYears))]
    public void Every_indicator_without_actuals_is_grey_no_data(int year)
    {
        Assert.Equal(34, Indicators.Count);
        Assert.All(Indicators, indicator =>
        {
            var verdict = TrafficLights.Judge(indicator, year, [], LightRule.Default);

            Assert.Equal(TrafficLight.Grey, verdict.Light);
            Assert.StartsWith("No data", verdict.Reason, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(TargetYears))]
    public void Every_indicator_with_an_actual_on_its_target_is_green_with_a_one_sentence_reason(int year)
    {
        Assert.All(Indicators, indicator =>
        {
            var target = year == 2023 ? indicator.Target2023 : indicator.Target2025;
            // Qualitative rows get a growth level with GDP growth and above both averages; the rest exactly their target,
            // except "above" targets which must pass it.
            var value = (target.Value ?? 6) + (target.Comparison == Comparison.Above ? 1 : 0);
            var actual = new IndicatorActual(indicator.Id, year, value, "test bulletin", new DateOnly(year + 1, 1, 31))
            {
                ComparisonValues = new Dictionary<string, double>
                {
                    [ComparisonValueNames.GdpGrowth] = 6,
                    [ComparisonValueNames.NationalAverage] = 5,
                    [ComparisonValueNames.ProvincialAverage] = 5.5,
                },
            };

            var verdict = TrafficLights.Judge(indicator, year, [actual], LightRule.Default);

            Assert.True(verdict.Light == TrafficLight.Green, $"indicator {indicator.Id}: {verdict.Reason}");
            Assert.EndsWith(".", verdict.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', verdict.Reason);
        });
    }

    [Fact]
    public void Every_bundled_task_target_gets_a_verdict_grey_without_actuals_and_lit_with_one()
    {
        var targets = Tasks.SelectMany(t => t.Targets).ToList();
        Assert.NotEmpty(targets);

        Assert.All(targets, target =>
        {
            var none = TrafficLights.Judge(target, [], LightRule.Default);
            var actual = new IndicatorActual(0, target.Year, target.Value ?? 1, "test bulletin", new DateOnly(target.Year + 1, 1, 31));
            var some = TrafficLights.Judge(target, [actual], LightRule.Default);

            Assert.Equal(TrafficLight.Grey, none.Light);
            Assert.False(string.IsNullOrWhiteSpace(some.Reason));
            if (target.Value is not null)
            {
                Assert.NotEqual(TrafficLight.Grey, some.Light);
            }
        });
    }
}
