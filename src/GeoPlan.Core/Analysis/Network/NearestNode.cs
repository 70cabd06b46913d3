namespace GeoPlan.Core.Analysis.Network;

/// <summary>The network node nearest to a place and its straight-line distance, e.g. to tell a user how far off the network they are.</summary>
/// <param name="Node">The node's index in <see cref="MultimodalNetwork.Graph"/>.</param>
/// <param name="Meters">Straight-line distance in metres (EPSG:4550).</param>
public readonly record struct NearestNode(int Node, double Meters);
