using GeoPlan.Core.Analysis.Indicators;

namespace GeoPlan.Server.Plan;

/// <summary>The traffic-light rule in configuration (<c>GeoPlan:Lights</c>); unset values keep <see cref="LightRule.Default"/>'s.</summary>
public sealed class LightRuleOptions
{
    /// <summary>The year the monitored period starts, whose actual is the baseline.</summary>
    public int? PeriodStartYear { get; set; }

    /// <summary>How far short of the expectation is still yellow, in percentage points of the target.</summary>
    public double? TolerancePoints { get; set; }

    /// <summary>How far a growth rate may trail economic growth and still be 与经济增长基本同步, in percentage points.</summary>
    public double? InStepMarginPoints { get; set; }

    /// <summary>The rule these options describe.</summary>
    /// <exception cref="InvalidOperationException">A value is out of range; the message names the setting.</exception>
    public LightRule ToRule()
    {
        var rule = LightRule.Default;
        try
        {
            return rule with
            {
                PeriodStartYear = PeriodStartYear ?? rule.PeriodStartYear,
                TolerancePoints = TolerancePoints ?? rule.TolerancePoints,
                InStepMarginPoints = InStepMarginPoints ?? rule.InStepMarginPoints,
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InvalidOperationException($"GeoPlan:Lights:{e.ParamName} must be a finite number of percentage points, 0 or more", e);
        }
    }
}
