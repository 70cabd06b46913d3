using System.Globalization;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>Judges the qualitative targets that have a measurable meaning, with the comparison values recorded with the actual.</summary>
internal static class QualitativeJudgement
{
    /// <summary>与经济增长基本同步: basically in step with economic growth.</summary>
    public const string InStepWithGrowth = "与经济增长基本同步";

    /// <summary>高于全国、全省平均水平: above the national and the provincial averages.</summary>
    public const string AboveAverages = "高于全国、全省平均水平";

    /// <summary>True when a rule reads the target text; other qualitative targets are assessed, not lit.</summary>
    public static bool Reads(string textZh) => textZh.Contains(InStepWithGrowth, StringComparison.Ordinal)
        || textZh.Contains(AboveAverages, StringComparison.Ordinal);

    /// <summary>The light of <paramref name="actual"/> against a target that <see cref="Reads"/> reads.</summary>
    public static LightVerdict Judge(JudgedTarget target, IndicatorActual actual, LightRule rule) =>
        target.TextZh.Contains(InStepWithGrowth, StringComparison.Ordinal)
            ? JudgeInStep(target, actual, rule)
            : JudgeAboveAverages(target, actual);

    // Green at or above economic growth less the margin; below it the usual tolerance, as a share of economic growth, is yellow.
    private static LightVerdict JudgeInStep(JudgedTarget target, IndicatorActual actual, LightRule rule)
    {
        var value = LightQuantity.Of(actual.Value, target.Unit);
        if (!actual.ComparisonValues.TryGetValue(ComparisonValueNames.GdpGrowth, out var growth))
        {
            var meaning = $"{InStepWithGrowth} (in step with economic growth)";
            return Missing(actual, value, [ComparisonValueNames.GdpGrowth], meaning, "GDP growth");
        }

        var line = growth - rule.InStepMarginPoints;
        var tolerance = rule.ToleranceFor(growth);
        var lead = actual.Value - line;
        var light = ProgressJudgement.LightOf(lead, tolerance, strict: false, ProgressJudgement.Slack(growth, line));
        var lineRule = string.Create(
            CultureInfo.InvariantCulture,
            $"economic growth less {LightQuantity.Difference(rule.InStepMarginPoints, "%")}");
        var toleranceText = string.Create(
            CultureInfo.InvariantCulture,
            $"the {LightQuantity.Difference(tolerance, target.Unit)} tolerance ({rule.TolerancePoints}% of economic growth)");
        var against = $"{value} in {actual.Year} against economic growth of {LightQuantity.Of(growth, "%")}";
        var reason = light switch
        {
            TrafficLight.Green => $"{against}: in step, as the rule asks at least {lineRule} ({LightQuantity.Of(line, target.Unit)}).",
            TrafficLight.Yellow => $"{against}: {LightQuantity.Difference(-lead, target.Unit)} below the in-step line of "
                + $"{LightQuantity.Of(line, target.Unit)} ({lineRule}), within {toleranceText}.",
            _ => $"{against}: {LightQuantity.Difference(-lead, target.Unit)} below the in-step line of "
                + $"{LightQuantity.Of(line, target.Unit)} ({lineRule}), beyond {toleranceText}.",
        };
        return new LightVerdict(light, reason, line, actual.Value, actual.Year);
    }

    // 高于 is strict: equal to an average is not above it.
    private static LightVerdict JudgeAboveAverages(JudgedTarget target, IndicatorActual actual)
    {
        var value = LightQuantity.Of(actual.Value, target.Unit);
        var hasNational = actual.ComparisonValues.TryGetValue(ComparisonValueNames.NationalAverage, out var national);
        var hasProvincial = actual.ComparisonValues.TryGetValue(ComparisonValueNames.ProvincialAverage, out var provincial);
        if (!hasNational || !hasProvincial)
        {
            List<string> missing = [];
            if (!hasNational)
            {
                missing.Add(ComparisonValueNames.NationalAverage);
            }

            if (!hasProvincial)
            {
                missing.Add(ComparisonValueNames.ProvincialAverage);
            }

            return Missing(actual, value, missing, $"{AboveAverages} (above the national and provincial averages)", "averages");
        }

        var nationalText = $"the national average of {LightQuantity.Of(national, target.Unit)}";
        var provincialText = $"the provincial average of {LightQuantity.Of(provincial, target.Unit)}";
        var (light, relation) = (actual.Value > national, actual.Value > provincial) switch
        {
            (true, true) => (TrafficLight.Green, $"above both {nationalText} and {provincialText}"),
            (true, false) => (TrafficLight.Yellow, $"above {nationalText} but not {provincialText}"),
            (false, true) => (TrafficLight.Yellow, $"above {provincialText} but not {nationalText}"),
            _ => (TrafficLight.Red, $"above neither {nationalText} nor {provincialText}"),
        };
        var reason = $"{value} in {actual.Year} is {relation}.";
        return new LightVerdict(light, reason, Math.Max(national, provincial), actual.Value, actual.Year);
    }

    private static LightVerdict Missing(IndicatorActual actual, string value, IReadOnlyList<string> names, string meaning, string what)
    {
        var quoted = string.Join(" and ", names.Select(n => $"'{n}'"));
        var reason = $"No {quoted} comparison value is recorded with the {actual.Year} actual of {value}, so {meaning} cannot be judged; "
            + $"record the year's {what} with the actual.";
        return new LightVerdict(TrafficLight.Grey, reason, null, actual.Value, actual.Year);
    }
}
