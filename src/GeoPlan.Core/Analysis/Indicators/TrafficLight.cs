namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>Whether an indicator or task target is on track (红黄绿灯管理), or grey when there is nothing to judge it by.</summary>
public enum TrafficLight
{
    /// <summary>On track: the actual meets what the period so far expects.</summary>
    Green,

    /// <summary>Behind, within the tolerance.</summary>
    Yellow,

    /// <summary>Behind beyond the tolerance.</summary>
    Red,

    /// <summary>No data: no actual value to judge.</summary>
    Grey,
}
