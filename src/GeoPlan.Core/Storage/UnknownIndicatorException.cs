namespace GeoPlan.Core.Storage;

/// <summary>A value was recorded for an indicator the store does not have.</summary>
public sealed class UnknownIndicatorException : Exception
{
    /// <summary>Names the indicator id asked for.</summary>
    public UnknownIndicatorException(int indicatorId)
        : base($"there is no indicator {indicatorId}; the plan's indicators are numbered 1 to 34 (see /plan/indicators)")
    {
        IndicatorId = indicatorId;
    }

    /// <summary>The id that matches no indicator.</summary>
    public int IndicatorId { get; }
}
