namespace GeoPlan.Testing.Routing;

/// <summary>A directed edge as pgRouting takes it: vertex ids, a cost, and where it starts (metres, EPSG:4550) for spatial filters.</summary>
/// <param name="Source">The vertex it leaves (pgRouting ids are positive).</param>
/// <param name="Target">The vertex it reaches.</param>
/// <param name="Cost">Its cost, seconds for travel times.</param>
/// <param name="SourceX">Easting of the source vertex.</param>
/// <param name="SourceY">Northing of the source vertex.</param>
public readonly record struct RoutingEdge(long Source, long Target, double Cost, double SourceX, double SourceY);
