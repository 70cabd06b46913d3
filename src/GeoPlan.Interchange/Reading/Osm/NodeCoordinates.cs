using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>The coordinates of just the nodes the chosen ways use: first the ids are gathered, then their coordinates filled in.</summary>
/// <remarks>
/// Cost: 16 bytes a node kept (an 8-byte id in a sorted array, two 4-byte fixed-point degrees at 1e-7, OSM's own
/// precision), and up to twice the id array while it grows. Only nodes of chosen ways are kept, so a regional extract of
/// tens of millions of nodes, of which a few million lie on roads, needs tens of MB, and even 20 million kept nodes stay
/// near 320 MB. Lookups are binary searches, so the file's nodes need not be sorted by id.
/// </remarks>
internal sealed class NodeCoordinates
{
    private const double FixedPointScale = 1e7;
    private const int Unknown = int.MinValue;
    private const int InitialCapacity = 1024;

    private long[] _ids = new long[InitialCapacity];
    private int _count;
    private int[]? _longitudes;
    private int[]? _latitudes;

    /// <summary>How many distinct nodes are wanted (after <see cref="Seal"/>).</summary>
    public int Count => _count;

    /// <summary>Notes that a chosen way uses node <paramref name="id"/>; only before <see cref="Seal"/>.</summary>
    public void Want(long id)
    {
        if (_longitudes is not null)
        {
            throw new InvalidOperationException("node ids are gathered before coordinates are filled in");
        }

        if (_count == _ids.Length)
        {
            // Ways share nodes at every junction, so dropping repeats first often frees enough room not to grow.
            SortAndDropRepeats();
            if (_count > _ids.Length / 2)
            {
                Array.Resize(ref _ids, _ids.Length * 2);
            }
        }

        _ids[_count++] = id;
    }

    /// <summary>Ends gathering: from now on coordinates of the wanted nodes are accepted and looked up.</summary>
    public void Seal()
    {
        SortAndDropRepeats();
        Array.Resize(ref _ids, _count);
        _longitudes = new int[_count];
        _latitudes = new int[_count];
        Array.Fill(_latitudes, Unknown);
    }

    /// <summary>Keeps the node's position if a chosen way uses it; others are dropped.</summary>
    public void Offer(long id, double longitude, double latitude)
    {
        var index = IndexOf(id);
        if (index >= 0)
        {
            _longitudes![index] = ToFixedPoint(longitude);
            _latitudes![index] = ToFixedPoint(latitude);
        }
    }

    /// <summary>The node's position as longitude/latitude, or false when the file did not hold it (or it was not wanted).</summary>
    public bool TryGet(long id, out Coordinate coordinate)
    {
        var index = IndexOf(id);
        if (index < 0 || _latitudes![index] == Unknown)
        {
            coordinate = null!;
            return false;
        }

        coordinate = new Coordinate(FromFixedPoint(_longitudes![index]), FromFixedPoint(_latitudes[index]));
        return true;
    }

    /// <summary>A position rounded to OSM's 1e-7 degree, the same whether read from XML text or PBF integers.</summary>
    public static Coordinate Round(double longitude, double latitude) =>
        new(FromFixedPoint(ToFixedPoint(longitude)), FromFixedPoint(ToFixedPoint(latitude)));

    private int IndexOf(long id)
    {
        if (_longitudes is null)
        {
            throw new InvalidOperationException("coordinates are filled in and looked up after the node ids are sealed");
        }

        return Array.BinarySearch(_ids, 0, _count, id);
    }

    private void SortAndDropRepeats()
    {
        Array.Sort(_ids, 0, _count);
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            if (kept == 0 || _ids[i] != _ids[kept - 1])
            {
                _ids[kept++] = _ids[i];
            }
        }

        _count = kept;
    }

    private static int ToFixedPoint(double degrees) => (int)Math.Round(degrees * FixedPointScale);

    // Dividing (not multiplying by 1e-7) gives the double nearest the decimal value, e.g. 41.8 rather than 41.800000000000004.
    private static double FromFixedPoint(int value) => value / FixedPointScale;
}
