using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>Puts the rings of one contour together into polygons with holes, from the lattice's structure instead of a geometric overlay.</summary>
/// <remarks>
/// West of a hole's westernmost crossing of its row lies reachable ground; the next ring crossed further west bounds that same ground,
/// so it is either the hole's shell or another hole of that shell. Each step of that walk reaches a ring whose westernmost crossing
/// lies strictly further west, so it ends.
/// </remarks>
internal static class ContourPolygons
{
    /// <summary>The rings as a Polygon or MultiPolygon (an empty Polygon when there are none), shells and holes in ring order.</summary>
    public static Geometry Assemble(
        IReadOnlyList<ContourRing> rings, ContourLattice lattice, ReadOnlySpan<int> ringOfHorizontalEdge, GeometryFactory factory)
    {
        if (rings.Count == 0)
        {
            return factory.CreatePolygon();
        }

        var westNeighbour = new int[rings.Count];
        var rowLength = lattice.Width - 1;
        for (var r = 0; r < rings.Count; r++)
        {
            westNeighbour[r] = rings[r].IsShell ? r : RingWestOf(rings[r].WestEdge, rowLength, ringOfHorizontalEdge);
        }

        var holesOfShell = new Dictionary<int, List<LinearRing>>();
        for (var r = 0; r < rings.Count; r++)
        {
            if (rings[r].IsShell)
            {
                continue;
            }

            var shell = westNeighbour[r];
            for (var steps = 0; !rings[shell].IsShell; steps++)
            {
                // Each step goes strictly west, so a walk longer than the number of rings means crossings that coincide.
                if (steps == rings.Count)
                {
                    throw new InvalidOperationException($"The hole through lattice edge {rings[r].WestEdge} has no shell to its west.");
                }

                shell = westNeighbour[shell];
            }

            if (!holesOfShell.TryGetValue(shell, out var holes))
            {
                holesOfShell[shell] = holes = [];
            }

            holes.Add(factory.CreateLinearRing(rings[r].Points));
        }

        var polygons = new List<Polygon>();
        for (var r = 0; r < rings.Count; r++)
        {
            if (rings[r].IsShell)
            {
                var holes = holesOfShell.TryGetValue(r, out var found) ? found.ToArray() : [];
                polygons.Add(factory.CreatePolygon(factory.CreateLinearRing(rings[r].Points), holes));
            }
        }

        return polygons.Count == 1 ? polygons[0] : factory.CreateMultiPolygon([.. polygons]);
    }

    private static int RingWestOf(int edge, int rowLength, ReadOnlySpan<int> ringOfHorizontalEdge)
    {
        var rowStart = edge - (edge % rowLength);
        for (var west = edge - 1; west >= rowStart; west--)
        {
            if (ringOfHorizontalEdge[west] >= 0)
            {
                return ringOfHorizontalEdge[west];
            }
        }

        // The frame around the lattice is unreachable, so reachable ground always has a boundary further west.
        throw new InvalidOperationException($"No contour lies west of lattice edge {edge}; the lattice frame must be unreachable.");
    }
}
