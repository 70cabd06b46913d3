namespace GeoPlan.Core.Analysis.Network;

/// <summary>A directed edge of the commute graph: its cost in seconds and the travel modes a search must allow to use it.</summary>
/// <param name="From">The node the edge leaves.</param>
/// <param name="To">The node the edge enters.</param>
/// <param name="Seconds">Travel time along the edge, including any wait or penalty it stands for.</param>
/// <param name="Modes">Every mode the edge needs (walking, rail, car; both rail and car for park and ride).</param>
public readonly record struct TravelEdge(int From, int To, double Seconds, TravelModes Modes);
