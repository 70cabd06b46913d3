using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>Vertical slabs of equal width over the units' extent, with a local origin so sums run on small numbers.</summary>
/// <param name="OriginX">The left edge of slab 0 (metres, EPSG:4550); local x is measured from it.</param>
/// <param name="OriginY">The y local coordinates are measured from.</param>
/// <param name="Width">The width of a slab in metres.</param>
/// <param name="Count">The number of slabs.</param>
internal readonly record struct SlabGrid(double OriginX, double OriginY, double Width, int Count)
{
    /// <summary>Slabs <paramref name="width"/> metres wide over every non-empty envelope of <paramref name="extents"/>.</summary>
    public static SlabGrid Spanning(IEnumerable<Envelope> extents, double width)
    {
        var all = new Envelope();
        foreach (var extent in extents)
        {
            all.ExpandToInclude(extent);
        }

        return all.IsNull
            ? new SlabGrid(0, 0, width, 1)
            : new SlabGrid(all.MinX, all.MinY, width, Math.Max(1, (int)Math.Ceiling(all.Width / width)));
    }

    /// <summary>The local x of slab <paramref name="slab"/>'s left edge.</summary>
    public double Left(int slab) => slab * Width;

    /// <summary>The slab holding local <paramref name="x"/>, clamped to the grid.</summary>
    public int SlabOf(double x) => (int)Math.Clamp(Math.Floor(x / Width), 0, Count - 1);
}
