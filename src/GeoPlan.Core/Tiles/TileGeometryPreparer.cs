using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tiles;

/// <summary>Turns WGS 84 geometry into a tile's <see cref="TileGeometry"/>: projected, clipped, simplified, snapped, generalised.</summary>
/// <remarks>
/// <para>
/// Geometry is projected to Web Mercator and onto the tile's grid, clipped to the tile and its buffer, simplified
/// (Douglas–Peucker, tolerance one grid unit) and snapped to whole units; repeated points are dropped, and so are
/// rings left without area and lines left as a single point.
/// </para>
/// <para>
/// Generalisation, a pixel being one 256th of the tile (<see cref="TileOptions.Pixel"/> units): a line, or a line of a
/// multiline, whose bounds are under a pixel both across and down is dropped. A ring, exterior or interior, with under
/// one square pixel of area (measured before clipping) is dropped. A polygon feature with no exterior ring of a square
/// pixel is tiny: its area goes into a pool this preparer keeps, and whenever the pool holds a square pixel, the tiny
/// feature that filled it is drawn as a one-pixel square at its centre and a square pixel is taken out; the other tiny
/// features are dropped. A tiny feature counts only in the tile holding its centre. So a layer of many small polygons
/// keeps about its drawn area at every zoom, a tile holds no more squares than the area they stand for, and the result
/// depends only on the features and the order they come in. Points are never dropped for size.
/// </para>
/// <para>Use one preparer per layer of a tile, features in a stable order. Not thread-safe.</para>
/// </remarks>
public sealed class TileGeometryPreparer
{
    private const double SimplifyTolerance = 1;

    private readonly double _worldSize;
    private readonly double _originX;
    private readonly double _originY;
    private readonly double _pixel;
    private readonly double _pixelArea;
    private readonly RectangleClipper _clipper;
    private readonly LineSimplifier _simplifier = new(SimplifyTolerance);
    private readonly TileGeometryBuilder _builder = new();
    private readonly PointBuffer _projected = new();
    private readonly PointBuffer _pieces = new();
    private readonly List<int> _pieceEnds = [];
    private readonly List<Geometry> _components = [];
    private double _pool;

    /// <summary>Prepares geometry for <paramref name="tile"/>, cut as <paramref name="options"/> say (extent 4096, buffer 64).</summary>
    public TileGeometryPreparer(TileAddress tile, TileOptions? options = null)
    {
        Tile = tile;
        Options = options ?? TileOptions.Default;
        _worldSize = Options.Extent * (double)WebMercatorQuad.MatrixSize(tile.Zoom);
        _originX = (double)tile.X * Options.Extent;
        _originY = (double)tile.Y * Options.Extent;
        _pixel = Options.Pixel;
        _pixelArea = _pixel * _pixel;
        _clipper = new RectangleClipper(-Options.Buffer, Options.Extent + Options.Buffer);
    }

    /// <summary>The tile geometry is prepared for.</summary>
    public TileAddress Tile { get; }

    /// <summary>The tile's extent and buffer.</summary>
    public TileOptions Options { get; }

    /// <summary>The geometry on the tile's grid, or null when nothing of it is left in the tile.</summary>
    /// <remarks>A geometry collection keeps only its members of the highest dimension, as a vector tile feature has one type.</remarks>
    public TileGeometry? Prepare(Geometry lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        if (lonLat.IsEmpty)
        {
            return null;
        }

        var envelope = lonLat.EnvelopeInternal;
        var bounds = (X(envelope.MinX), Y(envelope.MaxY), X(envelope.MaxX), Y(envelope.MinY));
        if (_clipper.Misses(bounds))
        {
            return null;
        }

        _components.Clear();
        Collect(lonLat, lonLat.Dimension);
        return lonLat.Dimension switch
        {
            Dimension.Point => Points(),
            Dimension.Curve => Lines(),
            _ => Polygons(bounds),
        };
    }

    private void Collect(Geometry geometry, Dimension dimension)
    {
        if (geometry is GeometryCollection collection)
        {
            foreach (var member in collection.Geometries)
            {
                Collect(member, dimension);
            }
        }
        else if (geometry.Dimension == dimension && !geometry.IsEmpty)
        {
            _components.Add(geometry);
        }
    }

    private TileGeometry? Points()
    {
        double min = -Options.Buffer, max = Options.Extent + Options.Buffer;
        _builder.Begin(TileGeometryType.Point);
        foreach (var point in _components)
        {
            var coordinates = ((Point)point).CoordinateSequence;
            double x = X(coordinates.GetX(0)), y = Y(coordinates.GetY(0));
            if (x >= min && x <= max && y >= min && y <= max)
            {
                _builder.Add(Snap(x), Snap(y));
            }
        }

        return _builder.Finish();
    }

    private TileGeometry? Lines()
    {
        _builder.Begin(TileGeometryType.LineString);
        foreach (var line in _components)
        {
            Project(((LineString)line).CoordinateSequence, isRing: false);
            var bounds = _projected.Bounds();
            if ((bounds.MaxX - bounds.MinX < _pixel && bounds.MaxY - bounds.MinY < _pixel) || _clipper.Misses(bounds))
            {
                continue;
            }

            if (_clipper.Contains(bounds))
            {
                AddLine(_projected.Coordinates);
                continue;
            }

            _pieces.Clear();
            _pieceEnds.Clear();
            _clipper.ClipLine(_projected, _pieces, _pieceEnds);
            var start = 0;
            foreach (var end in _pieceEnds)
            {
                AddLine(_pieces.Coordinates[(2 * start)..(2 * end)]);
                start = end;
            }
        }

        return _builder.Finish();
    }

    private TileGeometry? Polygons((double MinX, double MinY, double MaxX, double MaxY) bounds)
    {
        _builder.Begin(TileGeometryType.Polygon);
        var tinyArea = 0.0;
        var anyLargeRing = false;
        foreach (var polygon in _components.Cast<Polygon>())
        {
            Project(polygon.Shell.CoordinateSequence, isRing: true);
            var area = _projected.RingArea();
            if (area < _pixelArea)
            {
                tinyArea += area;
                continue;
            }

            anyLargeRing = true;
            if (!AddRing(exterior: true))
            {
                continue;
            }

            foreach (var hole in polygon.Holes)
            {
                Project(hole.CoordinateSequence, isRing: true);
                if (_projected.RingArea() >= _pixelArea)
                {
                    AddRing(exterior: false);
                }
            }
        }

        var geometry = _builder.Finish();
        return geometry is not null || anyLargeRing ? geometry : TinySquare(tinyArea, bounds);
    }

    private bool AddRing(bool exterior)
    {
        var bounds = _projected.Bounds();
        if (_clipper.Misses(bounds))
        {
            return false;
        }

        var ring = _clipper.Contains(bounds) ? _projected : _clipper.ClipRing(_projected);
        if (ring.Count < 3)
        {
            return false;
        }

        var keep = _simplifier.Ring(ring.Coordinates);
        _builder.StartPart(exterior);
        for (var i = 0; i < ring.Count; i++)
        {
            if (keep[i])
            {
                _builder.Add(Snap(ring.X(i)), Snap(ring.Y(i)));
            }
        }

        return true;
    }

    private void AddLine(ReadOnlySpan<double> xy)
    {
        var keep = _simplifier.Line(xy);
        _builder.StartPart();
        for (var i = 0; i < keep.Length; i++)
        {
            if (keep[i])
            {
                _builder.Add(Snap(xy[2 * i]), Snap(xy[(2 * i) + 1]));
            }
        }
    }

    // The pooling rule of the remarks: tiny polygons are drawn as one-pixel squares, one per square pixel of their area.
    private TileGeometry? TinySquare(double area, (double MinX, double MinY, double MaxX, double MaxY) bounds)
    {
        var centreX = (bounds.MinX + bounds.MaxX) / 2;
        var centreY = (bounds.MinY + bounds.MaxY) / 2;
        if (area <= 0 || centreX < 0 || centreX >= Options.Extent || centreY < 0 || centreY >= Options.Extent)
        {
            return null;
        }

        _pool += area;
        if (_pool < _pixelArea)
        {
            return null;
        }

        _pool -= _pixelArea;
        var side = Math.Max(1, (int)Math.Round(_pixel));
        var x = Math.Clamp(Snap(centreX - (side / 2.0)), -Options.Buffer, Options.Extent + Options.Buffer - side);
        var y = Math.Clamp(Snap(centreY - (side / 2.0)), -Options.Buffer, Options.Extent + Options.Buffer - side);
        _builder.Begin(TileGeometryType.Polygon);
        _builder.StartPart();
        _builder.Add(x, y);
        _builder.Add(x + side, y);
        _builder.Add(x + side, y + side);
        _builder.Add(x, y + side);
        return _builder.Finish();
    }

    private void Project(CoordinateSequence coordinates, bool isRing)
    {
        _projected.Clear();
        var count = coordinates.Count;
        if (isRing && count > 1 && coordinates.GetX(0) == coordinates.GetX(count - 1) && coordinates.GetY(0) == coordinates.GetY(count - 1))
        {
            count--;
        }

        for (var i = 0; i < count; i++)
        {
            _projected.Add(X(coordinates.GetX(i)), Y(coordinates.GetY(i)));
        }
    }

    private double X(double lon) => ((lon + 180) / 360 * _worldSize) - _originX;

    private double Y(double lat)
    {
        var sin = Math.Sin(Math.Clamp(lat, -WebMercatorQuad.MaxLatitude, WebMercatorQuad.MaxLatitude) * (Math.PI / 180));
        return ((0.5 - (Math.Log((1 + sin) / (1 - sin)) / (4 * Math.PI))) * _worldSize) - _originY;
    }

    private static int Snap(double value) => (int)Math.Round(value);
}
