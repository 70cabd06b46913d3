using System.Globalization;
using GeoPlan.Core.Model;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>Judges a numeric target by progress: the actual against baseline + (target − baseline) × elapsed share.</summary>
internal static class ProgressJudgement
{
    /// <summary>The light of an actual against a target, progressing from the baseline when one is recorded.</summary>
    public static LightVerdict Judge(
        JudgedTarget target, double targetValue, IndicatorActual actual, IndicatorActual? baseline, LightRule rule)
    {
        var share = rule.ElapsedShare(actual.Year, target.Year);
        var expected = baseline is null ? targetValue : baseline.Value + ((targetValue - baseline.Value) * share);
        var tolerance = rule.ToleranceFor(targetValue);

        // How far the actual is better (+) or worse (−) than expected, in the target's direction.
        var lead = target.LowerIsBetter ? expected - actual.Value : actual.Value - expected;
        var strict = target.Comparison == Comparison.Above;
        var slack = Slack(targetValue, expected);
        var light = LightOf(lead, tolerance, strict, slack);

        var unit = target.Unit;
        var expectedText = (strict, target.LowerIsBetter) switch
        {
            (true, false) => "more than ",
            (true, true) => "less than ",
            (false, true) => "at most ",
            _ => "",
        } + LightQuantity.Of(expected, unit);
        var context = baseline is null
            ? $"the {target.Year} target itself, as no {rule.PeriodStartYear} baseline is recorded"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{share:0%} of the way from the {rule.PeriodStartYear} baseline of {LightQuantity.Of(baseline.Value, unit)} "
                + $"to the {target.Year} target of {LightQuantity.Of(targetValue, unit)}");
        var expectedBy = baseline is null ? target.Year : actual.Year;
        var (better, worse) = target.LowerIsBetter ? ("under", "over") : ("ahead", "short");
        var toleranceText = $"the {LightQuantity.Difference(tolerance, unit)} tolerance";
        var clause = light switch
        {
            TrafficLight.Green when LightQuantity.Number(lead) == "0" => "on track",
            TrafficLight.Green => $"on track, {LightQuantity.Difference(lead, unit)} {better}",
            _ when strict && Math.Abs(lead) <= slack => $"level with it where {(target.LowerIsBetter ? "less" : "more")} is required, "
                + $"{(light == TrafficLight.Yellow ? "within" : "beyond")} {toleranceText}",
            TrafficLight.Yellow => $"{LightQuantity.Difference(-lead, unit)} {worse}, within {toleranceText}",
            _ => $"{LightQuantity.Difference(-lead, unit)} {worse}, beyond {toleranceText}",
        };
        var reason = $"{LightQuantity.Of(actual.Value, unit)} in {actual.Year} against {expectedText} expected by {expectedBy} "
            + $"({context}): {clause}.";
        return new LightVerdict(light, reason, expected, actual.Value, actual.Year);
    }

    /// <summary>Green when the lead meets the comparison, yellow when short by no more than the tolerance, red beyond.</summary>
    internal static TrafficLight LightOf(double lead, double tolerance, bool strict, double slack)
    {
        var meets = strict ? lead > slack : lead >= -slack;
        return meets ? TrafficLight.Green : -lead <= tolerance + slack ? TrafficLight.Yellow : TrafficLight.Red;
    }

    /// <summary>The rounding allowance of comparisons, so that an actual exactly on an interpolated expectation counts as on it.</summary>
    internal static double Slack(double target, double expected) => 1e-9 * Math.Max(1, Math.Max(Math.Abs(target), Math.Abs(expected)));
}
