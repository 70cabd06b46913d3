using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>The area within a travel-time cutoff: where the travel time, interpolated between cell centres, is at most the cutoff.</summary>
/// <param name="CutoffSeconds">The cutoff, in seconds.</param>
/// <param name="Area">
/// A valid Polygon or MultiPolygon in metres (EPSG:4550), with holes where places are unreachable or slower; an empty Polygon when no
/// cell is within the cutoff.
/// </param>
public sealed record Isochrone(double CutoffSeconds, Geometry Area);
