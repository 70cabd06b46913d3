using GeoPlan.Core.Crs;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>Nested isochrone polygons from a travel-time grid, by marching squares over the lattice of cell centres.</summary>
/// <remarks>
/// Between two cell centres the travel time is interpolated linearly, and an isochrone is the region where that interpolated time is
/// within the cutoff. Cells outside the grid, +∞ (and NaN) cells are unreachable; towards one the boundary runs halfway between the
/// centres, on the reachable cell's edge, so the area approximates the number of cells within the cutoff times the cell's area.
/// A square whose reachable corners face each other across a diagonal joins them when the mean of its four corners is within the
/// cutoff, so the polygon of a smaller cutoff always lies inside that of a larger one. Deterministic; no sampling.
/// </remarks>
public static class IsochroneContours
{
    private static readonly GeometryFactory Metres = new(new PrecisionModel(), CrsRegistry.Cgcs2000Gk123.Srid);

    /// <summary>One isochrone per cutoff in seconds, in the order given: a valid Polygon or MultiPolygon in metres (EPSG:4550).</summary>
    public static IReadOnlyList<Isochrone> Trace(TravelTimeGrid grid, IReadOnlyList<double> cutoffSeconds)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(cutoffSeconds);
        for (var c = 0; c < cutoffSeconds.Count; c++)
        {
            if (double.IsNaN(cutoffSeconds[c]))
            {
                throw new ArgumentException($"Cutoff {c} is not a number; give every cutoff in seconds.", nameof(cutoffSeconds));
            }
        }

        var lattice = new ContourLattice(grid);
        var tracer = new ContourTracer(lattice);
        var isochrones = new Isochrone[cutoffSeconds.Count];
        for (var c = 0; c < cutoffSeconds.Count; c++)
        {
            var rings = tracer.Trace(cutoffSeconds[c]);
            var area = ContourPolygons.Assemble(rings, lattice, tracer.RingOfHorizontalEdge, Metres);
            isochrones[c] = new Isochrone(cutoffSeconds[c], area);
        }

        return isochrones;
    }
}
