namespace GeoPlan.Core.Tiles;

/// <summary>One feature's geometry on a tile's integer grid (x right, y down), valid for a vector tile by construction.</summary>
/// <remarks>
/// Made by <see cref="TileGeometryBuilder"/>. A point geometry has one part holding every point; a line geometry has one
/// part per line of at least two distinct points; a polygon geometry has one part per ring of at least three points and
/// non-zero area, stored open (the first point is not repeated), each exterior ring followed by its interior rings.
/// </remarks>
public sealed class TileGeometry
{
    private readonly int[] _coordinates;
    private readonly int[] _partEnds;
    private readonly bool[] _exterior;

    internal TileGeometry(TileGeometryType type, int[] coordinates, int[] partEnds, bool[] exterior)
    {
        Type = type;
        _coordinates = coordinates;
        _partEnds = partEnds;
        _exterior = exterior;
    }

    /// <summary>Points, lines or polygons.</summary>
    public TileGeometryType Type { get; }

    /// <summary>The number of parts: 1 for points, lines for a line geometry, rings for a polygon geometry.</summary>
    public int PartCount => _partEnds.Length;

    /// <summary>The number of points over all parts.</summary>
    public int PointCount => _coordinates.Length / 2;

    /// <summary>The coordinates of part <paramref name="index"/> as x, y pairs: x0, y0, x1, y1 ...</summary>
    public ReadOnlySpan<int> Part(int index)
    {
        var start = index == 0 ? 0 : _partEnds[index - 1];
        return _coordinates.AsSpan(start, _partEnds[index] - start);
    }

    /// <summary>Whether part <paramref name="index"/> is an exterior ring (false for interior rings, lines and points).</summary>
    public bool IsExteriorRing(int index) => _exterior[index];

    /// <summary>Twice the surveyor's-formula area of ring <paramref name="index"/> on the grid; positive is clockwise on screen.</summary>
    public long DoubleSignedArea(int index) => DoubleSignedArea(Part(index));

    internal static long DoubleSignedArea(ReadOnlySpan<int> ring)
    {
        var sum = 0L;
        var n = ring.Length;
        for (int i = 0, j = n - 2; i < n; j = i, i += 2)
        {
            sum += ((long)ring[j] * ring[i + 1]) - ((long)ring[i] * ring[j + 1]);
        }

        return sum;
    }
}
