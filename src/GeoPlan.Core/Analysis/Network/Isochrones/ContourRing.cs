using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>One closed contour line, with the reachable side on its left: anticlockwise around a shell, clockwise around a hole.</summary>
/// <param name="Points">The ring's vertices in metres, the first repeated at the end.</param>
/// <param name="WestEdge">The horizontal lattice edge holding the ring's westernmost crossing of a lattice row.</param>
/// <param name="IsShell">True when the ring encloses a reachable area, false when it encloses an unreachable or slower one.</param>
internal sealed record ContourRing(Coordinate[] Points, int WestEdge, bool IsShell);
