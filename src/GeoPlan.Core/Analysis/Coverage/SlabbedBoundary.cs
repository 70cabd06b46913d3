using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>A polygonal area's boundary as signed edges sorted into the vertical slabs of a <see cref="SlabGrid"/>.</summary>
/// <remarks>
/// Rings are oriented here (shells counter-clockwise, holes clockwise), so at every point not on the boundary the signs of the edges
/// above it add up to 1 inside the area and 0 outside; polygons must not overlap. An edge crossing several slabs is listed in each.
/// </remarks>
internal sealed class SlabbedBoundary
{
    private readonly BoundaryEdge[] _edges;
    private readonly int[] _slabStarts;

    private SlabbedBoundary(BoundaryEdge[] edges, int[] slabStarts, int firstSlab, double minY)
    {
        _edges = edges;
        _slabStarts = slabStarts;
        FirstSlab = firstSlab;
        MinY = minY;
    }

    /// <summary>The first slab holding an edge.</summary>
    public int FirstSlab { get; }

    /// <summary>The last slab holding an edge; below <see cref="FirstSlab"/> when there is none.</summary>
    public int LastSlab => FirstSlab + _slabStarts.Length - 2;

    /// <summary>The lowest local y of the boundary.</summary>
    public double MinY { get; }

    /// <summary>The edges reaching into <paramref name="slab"/>, from <see cref="FirstSlab"/> to <see cref="LastSlab"/>.</summary>
    public ReadOnlySpan<BoundaryEdge> InSlab(int slab) =>
        _edges.AsSpan(_slabStarts[slab - FirstSlab], _slabStarts[slab - FirstSlab + 1] - _slabStarts[slab - FirstSlab]);

    /// <summary>The boundary of <paramref name="polygonal"/> (a Polygon or MultiPolygon in metres) on <paramref name="grid"/>.</summary>
    public static SlabbedBoundary Of(Geometry polygonal, SlabGrid grid)
    {
        var edges = new List<BoundaryEdge>();
        var minY = double.PositiveInfinity;
        for (var p = 0; p < polygonal.NumGeometries; p++)
        {
            if (polygonal.GetGeometryN(p) is not Polygon { IsEmpty: false } polygon)
            {
                continue;
            }

            minY = Math.Min(minY, polygon.EnvelopeInternal.MinY - grid.OriginY);
            AddRing(edges, polygon.ExteriorRing.CoordinateSequence, grid, counterClockwise: true);
            foreach (var hole in polygon.InteriorRings)
            {
                AddRing(edges, hole.CoordinateSequence, grid, counterClockwise: false);
            }
        }

        if (edges.Count == 0)
        {
            return new SlabbedBoundary([], [0], 0, 0);
        }

        var firstSlab = edges.Min(e => grid.SlabOf(e.X0));
        var lastSlab = edges.Max(e => grid.SlabOf(e.X1));
        var starts = new int[lastSlab - firstSlab + 2];
        foreach (var edge in edges)
        {
            for (var slab = grid.SlabOf(edge.X0); slab <= grid.SlabOf(edge.X1); slab++)
            {
                starts[slab - firstSlab + 1]++;
            }
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        var sorted = new BoundaryEdge[starts[^1]];
        var next = starts[..^1];
        foreach (var edge in edges)
        {
            for (var slab = grid.SlabOf(edge.X0); slab <= grid.SlabOf(edge.X1); slab++)
            {
                sorted[next[slab - firstSlab]++] = edge;
            }
        }

        return new SlabbedBoundary(sorted, starts, firstSlab, minY);
    }

    private static void AddRing(List<BoundaryEdge> edges, CoordinateSequence ring, SlabGrid grid, bool counterClockwise)
    {
        var first = edges.Count;
        var twiceArea = 0.0;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            var (x0, y0) = (ring.GetX(i) - grid.OriginX, ring.GetY(i) - grid.OriginY);
            var (x1, y1) = (ring.GetX(i + 1) - grid.OriginX, ring.GetY(i + 1) - grid.OriginY);
            twiceArea += (x0 * y1) - (x1 * y0);
            // A vertical edge spans no x and adds nothing to an integral over x.
            if (x0 != x1)
            {
                edges.Add(x0 < x1
                    ? new BoundaryEdge(x0, y0, x1, (y1 - y0) / (x1 - x0), -1)
                    : new BoundaryEdge(x1, y1, x0, (y0 - y1) / (x0 - x1), 1));
            }
        }

        // Walked the other way round, every edge's side of the area flips.
        if (twiceArea > 0 != counterClockwise)
        {
            for (var i = first; i < edges.Count; i++)
            {
                edges[i] = edges[i] with { Sign = -edges[i].Sign };
            }
        }
    }
}
