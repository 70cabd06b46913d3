namespace GeoPlan.Core.Tiles;

/// <summary>Builds <see cref="TileGeometry"/> point by point, dropping what a vector tile must not hold; reusable.</summary>
/// <remarks>
/// Repeated points are dropped as they are added. When a part ends, a line with fewer than two points is dropped, and so
/// is a ring with fewer than three points or no area, together with the interior rings of a dropped exterior ring.
/// </remarks>
public sealed class TileGeometryBuilder
{
    /// <summary>The largest magnitude of a coordinate, far beyond any tile with its buffer, so areas cannot overflow.</summary>
    public const int CoordinateLimit = 1 << 20;

    private int[] _coordinates = new int[256];
    private int _length;
    private readonly List<int> _partEnds = [];
    private readonly List<bool> _exterior = [];
    private int _partStart;
    private bool _inPart;
    private bool _partExterior;
    private bool _skippingInteriors;
    private TileGeometryType? _type;

    /// <summary>Starts a new geometry of <paramref name="type"/>, discarding anything unfinished.</summary>
    public void Begin(TileGeometryType type)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "not a tile geometry type");
        }

        _type = type;
        _length = 0;
        _partEnds.Clear();
        _exterior.Clear();
        _partStart = 0;
        _skippingInteriors = false;
        _inPart = type == TileGeometryType.Point;
        _partExterior = false;
    }

    /// <summary>Starts a line, or a polygon ring; an interior ring belongs to the exterior ring before it. Points need no parts.</summary>
    public void StartPart(bool exteriorRing = true)
    {
        var type = _type ?? throw new InvalidOperationException("call Begin before StartPart");
        if (type == TileGeometryType.Point)
        {
            throw new InvalidOperationException("a point geometry has no parts; add its points directly");
        }

        EndPart();
        var exterior = type == TileGeometryType.Polygon && exteriorRing;
        if (type == TileGeometryType.Polygon && !exterior && _exterior.Count == 0 && !_skippingInteriors)
        {
            throw new InvalidOperationException("an interior ring must follow an exterior ring");
        }

        _inPart = true;
        _partExterior = exterior;
        _partStart = _length;
    }

    /// <summary>Adds a point to the current part; a point equal to the one before it is dropped.</summary>
    public void Add(int x, int y)
    {
        if (!_inPart)
        {
            throw new InvalidOperationException(_type is null ? "call Begin before Add" : "call StartPart before adding a point");
        }

        if (Math.Abs(x) > CoordinateLimit || Math.Abs(y) > CoordinateLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(x), $"({x}, {y}) is beyond ±{CoordinateLimit}");
        }

        if (_length > _partStart && _coordinates[_length - 2] == x && _coordinates[_length - 1] == y)
        {
            return;
        }

        if (_length + 2 > _coordinates.Length)
        {
            Array.Resize(ref _coordinates, _coordinates.Length * 2);
        }

        _coordinates[_length++] = x;
        _coordinates[_length++] = y;
    }

    /// <summary>The geometry built since <see cref="Begin"/>, or null when nothing valid is left; the builder is then empty.</summary>
    public TileGeometry? Finish()
    {
        var type = _type ?? throw new InvalidOperationException("call Begin before Finish");
        EndPart();
        TileGeometry? geometry = null;
        if (_partEnds.Count > 0)
        {
            geometry = new TileGeometry(type, _coordinates.AsSpan(0, _length).ToArray(), [.. _partEnds], [.. _exterior]);
        }

        _type = null;
        _inPart = false;
        return geometry;
    }

    private void EndPart()
    {
        if (!_inPart)
        {
            return;
        }

        _inPart = false;
        var type = _type!.Value;
        if (type == TileGeometryType.Polygon)
        {
            // A ring is stored open: a closing point equal to the first is not part of it.
            while (_length - _partStart > 2 && _coordinates[_length - 2] == _coordinates[_partStart] &&
                   _coordinates[_length - 1] == _coordinates[_partStart + 1])
            {
                _length -= 2;
            }
        }

        var points = (_length - _partStart) / 2;
        var keep = type switch
        {
            TileGeometryType.Point => points > 0,
            TileGeometryType.LineString => points >= 2,
            _ => points >= 3 && TileGeometry.DoubleSignedArea(_coordinates.AsSpan(_partStart, _length - _partStart)) != 0,
        };
        if (type == TileGeometryType.Polygon)
        {
            if (_partExterior)
            {
                _skippingInteriors = !keep;
            }
            else
            {
                keep &= !_skippingInteriors;
            }
        }

        if (keep)
        {
            _partEnds.Add(_length);
            _exterior.Add(_partExterior);
        }
        else
        {
            _length = _partStart;
        }
    }
}
