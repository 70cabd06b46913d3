namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>The parameters of the traffic-light rule (红黄绿灯管理), each with its default and what it means.</summary>
/// <remarks>
/// <para>
/// A numeric target is judged against what the period so far expects:
/// expected(t) = baseline + (target − baseline) × elapsed share, where the baseline is the actual recorded for
/// <see cref="PeriodStartYear"/> and the elapsed share is (actual's year − <see cref="PeriodStartYear"/>) / (target year −
/// <see cref="PeriodStartYear"/>), clamped to [0, 1]. Without a recorded baseline the expectation is the target itself at the
/// target year. Green when the actual meets the expectation in the indicator's direction, yellow when it falls short by up to
/// <see cref="TolerancePoints"/> percent of the target, red beyond, grey when there is no actual.
/// </para>
/// <para>The defaults are the GeoPlan team's reading of the plan; a caller with other policy sets them with <c>with { ... }</c>.</para>
/// </remarks>
public sealed record LightRule
{
    private readonly double _tolerancePoints = 10;
    private readonly double _inStepMarginPoints = 0.5;

    /// <summary>The rule described on each property.</summary>
    public static LightRule Default { get; } = new();

    /// <summary>The year the monitored period starts, whose actual is the baseline: 2022, the year the plan was issued.</summary>
    public int PeriodStartYear { get; init; } = 2022;

    /// <summary>How far short of the expectation is still yellow, in percentage points of the target: 10 (165 km → 16.5 km).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not a number.</exception>
    public double TolerancePoints
    {
        get => _tolerancePoints;
        init => _tolerancePoints = RequireNonNegative(value, nameof(TolerancePoints));
    }

    /// <summary>How far, in percentage points, a growth rate may trail economic growth and still be 与经济增长基本同步: 0.5.</summary>
    /// <remarks>
    /// "基本同步" (basically in step) allows a small gap; half a point is the GeoPlan team's reading, not a figure from the plan.
    /// Below that line the usual tolerance applies, taken as <see cref="TolerancePoints"/> percent of the economic growth rate.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not a number.</exception>
    public double InStepMarginPoints
    {
        get => _inStepMarginPoints;
        init => _inStepMarginPoints = RequireNonNegative(value, nameof(InStepMarginPoints));
    }

    /// <summary>The period's elapsed share at an actual's year: (actual year − start) / (target year − start), within [0, 1].</summary>
    /// <remarks>A target year at or before the period start counts as fully elapsed.</remarks>
    public double ElapsedShare(int actualYear, int targetYear) =>
        targetYear <= PeriodStartYear ? 1 : Math.Clamp((double)(actualYear - PeriodStartYear) / (targetYear - PeriodStartYear), 0, 1);

    /// <summary>How far short of the expectation is still yellow for a target value, in the target's unit.</summary>
    public double ToleranceFor(double target) => Math.Abs(target) * TolerancePoints / 100;

    private static double RequireNonNegative(double value, string name) =>
        value >= 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number of percentage points, 0 or more");
}
