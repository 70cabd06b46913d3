namespace GeoPlan.Core.Model;

/// <summary>Which way an indicator improves.</summary>
public enum IndicatorDirection
{
    /// <summary>More is better (GDP, metro length).</summary>
    Higher,

    /// <summary>Less is better (unemployment rate, a rank).</summary>
    Lower,
}
