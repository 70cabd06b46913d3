namespace GeoPlan.Core.Analysis.Network;

/// <summary>A node a search starts from, with the time already spent reaching it (e.g. the walk from the origin).</summary>
/// <param name="Node">The node's index in the graph.</param>
/// <param name="Seconds">Seconds already spent when the search leaves this node; zero or more.</param>
public readonly record struct NodeStart(int Node, double Seconds);
