namespace GeoPlan.Core.Analysis.Network;

/// <summary>How fast a class of road is driven: its free-flow speed and the share of it kept in the peak hour.</summary>
/// <param name="FreeFlowKmh">Speed in km/h when the road is empty; used when a road carries no <c>speed_kmh</c>.</param>
/// <param name="CongestionFactor">Peak-hour speed as a share of the free-flow speed, in (0, 1].</param>
public readonly record struct RoadSpeed(double FreeFlowKmh, double CongestionFactor);
