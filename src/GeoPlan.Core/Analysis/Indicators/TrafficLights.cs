using GeoPlan.Core.Model;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>Gives indicators and task targets their traffic light (红黄绿灯管理) with a one-sentence reason.</summary>
/// <remarks>
/// <para>
/// The actual judged is the latest one recorded for the target year or before (the most recent source when a year has several);
/// the baseline is the one recorded for <see cref="LightRule.PeriodStartYear"/>. Numeric targets follow <see cref="LightRule"/>:
/// at_least, equal and about are met by reaching the expectation, above (突破, 超过) only by passing it, and lower-is-better
/// targets (at_most, 以内, ranks) by staying at or under it.
/// </para>
/// <para>
/// Qualitative targets are judged by their meaning: 与经济增长基本同步 is green when the growth is at least economic growth less
/// <see cref="LightRule.InStepMarginPoints"/>, yellow within the tolerance below that, red beyond; 高于全国、全省平均水平 is green
/// above both averages, yellow above one, red above neither. Each needs its <see cref="ComparisonValueNames"/> recorded with the
/// actual, and is grey naming what is missing otherwise. Other qualitative targets (完成, 迈上新台阶 ...) are grey: they are
/// assessed in words, not lit.
/// </para>
/// </remarks>
public static class TrafficLights
{
    /// <summary>The light of an indicator's 2023 or 2025 target from the actuals recorded for it; others in the list are ignored.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetYear"/> is neither 2023 nor 2025.</exception>
    public static LightVerdict Judge(Indicator indicator, int targetYear, IReadOnlyList<IndicatorActual> actuals, LightRule rule)
    {
        var target = targetYear switch
        {
            2023 => indicator.Target2023,
            2025 => indicator.Target2025,
            _ => throw new ArgumentOutOfRangeException(
                nameof(targetYear), targetYear, $"indicator {indicator.Id} has targets for 2023 and 2025 only; ask for one of those"),
        };
        var judged = new JudgedTarget(
            indicator.NameEn,
            targetYear,
            target.Value,
            target.Comparison,
            target.TextZh,
            indicator.Unit,
            LowerIsBetter: indicator.Direction == IndicatorDirection.Lower);
        return Judge(judged, [.. actuals.Where(a => a.IndicatorId == indicator.Id)], rule);
    }

    /// <summary>The light of a task's target from the actuals of the quantity it names (all of them); grey without any.</summary>
    /// <remarks>A task target has no direction of its own: at_most targets (不超过, 以内) are lower-is-better, all others higher.</remarks>
    public static LightVerdict Judge(TaskTarget target, IReadOnlyList<IndicatorActual> actuals, LightRule rule)
    {
        var judged = new JudgedTarget(
            target.MetricEn,
            target.Year,
            target.Value,
            target.Comparison,
            target.TextZh,
            target.Unit,
            LowerIsBetter: target.Comparison == Comparison.AtMost);
        return Judge(judged, actuals, rule);
    }

    private static LightVerdict Judge(JudgedTarget target, IReadOnlyList<IndicatorActual> actuals, LightRule rule)
    {
        var readsAsNumber = target.Comparison != Comparison.Qualitative && target.Value is not null;
        if (!readsAsNumber && !QualitativeJudgement.Reads(target.TextZh))
        {
            return Grey($"The {target.Year} target for {target.Subject} ('{target.TextZh}') states no number to hold an actual against "
                + "and no rule reads its meaning, so it is assessed in words rather than lit.");
        }

        var actual = Latest(actuals.Where(a => a.Year <= target.Year));
        if (actual is null)
        {
            var later = actuals.Count == 0 ? "" : $" (the earliest recorded is for {actuals.Min(a => a.Year)})";
            return Grey($"No data: no actual value of {target.Subject} is recorded for {target.Year} or before{later}.");
        }

        if (!readsAsNumber)
        {
            return QualitativeJudgement.Judge(target, actual, rule);
        }

        var baseline = Latest(actuals.Where(a => a.Year == rule.PeriodStartYear));
        return ProgressJudgement.Judge(target, target.Value!.Value, actual, baseline, rule);
    }

    private static IndicatorActual? Latest(IEnumerable<IndicatorActual> actuals) =>
        actuals.OrderBy(a => a.Year).ThenBy(a => a.AsOf).LastOrDefault();

    private static LightVerdict Grey(string reason) => new(TrafficLight.Grey, reason, null, null, null);
}
