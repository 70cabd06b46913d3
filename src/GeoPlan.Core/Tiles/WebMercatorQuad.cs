using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tiles;

/// <summary>The OGC WebMercatorQuad tile matrix set (OGC TMS 2.0): EPSG:3857, 256-pixel square tiles, zoom 0 to 24.</summary>
public static class WebMercatorQuad
{
    /// <summary>The tile matrix set's identifier in OGC API - Tiles paths.</summary>
    public const string Id = "WebMercatorQuad";

    /// <summary>The deepest zoom level (tile matrix) of the set.</summary>
    public const int MaxZoom = 24;

    /// <summary>The width and height of a tile in pixels.</summary>
    public const int TileSize = 256;

    /// <summary>The radius of the Web Mercator sphere in metres (the WGS 84 semi-major axis).</summary>
    public const double Radius = 6378137;

    /// <summary>Half the width of the projected world in metres: the x of longitude 180 and the y of <see cref="MaxLatitude"/>.</summary>
    public const double HalfWorld = Math.PI * Radius;

    /// <summary>The latitude where the square projected world ends, atan(sinh π) in degrees.</summary>
    public const double MaxLatitude = 85.0511287798066;

    /// <summary>The OGC standardized rendering pixel size in metres, which turns cell sizes into scale denominators.</summary>
    public const double StandardPixelSize = 0.00028;

    /// <summary>The number of tiles across (and down) the world at <paramref name="zoom"/>.</summary>
    public static int MatrixSize(int zoom) => 1 << CheckZoom(zoom);

    /// <summary>The size of one pixel in metres at <paramref name="zoom"/>.</summary>
    public static double CellSize(int zoom) => 2 * HalfWorld / ((double)TileSize * MatrixSize(zoom));

    /// <summary>The scale denominator of <paramref name="zoom"/> for the OGC standardized 0.28 mm pixel.</summary>
    public static double ScaleDenominator(int zoom) => CellSize(zoom) / StandardPixelSize;

    /// <summary>Projects a longitude/latitude to EPSG:3857 metres; latitudes beyond ±<see cref="MaxLatitude"/> are clamped.</summary>
    public static (double X, double Y) Project(double lon, double lat)
    {
        var sin = Math.Sin(Math.Clamp(lat, -MaxLatitude, MaxLatitude) * (Math.PI / 180));
        return (lon * (Math.PI / 180) * Radius, 0.5 * Math.Log((1 + sin) / (1 - sin)) * Radius);
    }

    /// <summary>Turns EPSG:3857 metres back into longitude/latitude; longitude is clamped to ±180, which rounding may overshoot.</summary>
    public static (double Lon, double Lat) Unproject(double x, double y) =>
        (Math.Clamp(x / Radius * (180 / Math.PI), -180, 180), Math.Atan(Math.Sinh(y / Radius)) * (180 / Math.PI));

    /// <summary>The tiles at <paramref name="zoom"/> whose bounds intersect (or touch) a longitude/latitude envelope.</summary>
    public static TileRange TilesCovering(Envelope lonLat, int zoom)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        if (lonLat.IsNull)
        {
            throw new ArgumentException("the envelope is empty, so no tile covers it", nameof(lonLat));
        }

        var size = MatrixSize(zoom);
        var (west, south) = Project(lonLat.MinX, lonLat.MinY);
        var (east, north) = Project(lonLat.MaxX, lonLat.MaxY);
        return new TileRange(
            zoom,
            First((west + HalfWorld) / (2 * HalfWorld) * size, size),
            First((HalfWorld - north) / (2 * HalfWorld) * size, size),
            Last((east + HalfWorld) / (2 * HalfWorld) * size, size),
            Last((HalfWorld - south) / (2 * HalfWorld) * size, size));
    }

    /// <summary>The tile at <paramref name="zoom"/> that holds a longitude/latitude point; on a tile edge, the tile east or south of it.</summary>
    public static TileAddress TileAt(double lon, double lat, int zoom)
    {
        var range = TilesCovering(new Envelope(lon, lon, lat, lat), zoom);
        return TileAddress.TryCreate(zoom, range.MaxX, range.MaxY, out var tile, out var error)
            ? tile
            : throw new ArgumentOutOfRangeException(nameof(zoom), error);
    }

    /// <summary>The OGC TileMatrixSet document of WebMercatorQuad, ready to serialise as JSON.</summary>
    public static TileMatrixSetDefinition Definition { get; } = new(
        Id,
        "Google Maps Compatible for the World",
        "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad",
        "http://www.opengis.net/def/crs/EPSG/0/3857",
        ["X", "Y"],
        "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible",
        new TileMatrixSetBoundingBox([-HalfWorld, -HalfWorld], [HalfWorld, HalfWorld], "http://www.opengis.net/def/crs/EPSG/0/3857"),
        [.. Enumerable.Range(0, MaxZoom + 1).Select(Matrix)]);

    private static TileMatrixDefinition Matrix(int zoom) => new(
        zoom.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ScaleDenominator(zoom),
        CellSize(zoom),
        "topLeft",
        [-HalfWorld, HalfWorld],
        TileSize,
        TileSize,
        MatrixSize(zoom),
        MatrixSize(zoom));

    // An edge lying on a tile boundary touches the tiles on both sides of it, so both are counted.
    private static int First(double position, int size) => (int)Math.Clamp(Math.Ceiling(position) - 1, 0, size - 1);

    private static int Last(double position, int size) => (int)Math.Clamp(Math.Floor(position), 0, size - 1);

    private static int CheckZoom(int zoom) =>
        zoom is >= 0 and <= MaxZoom ? zoom : throw new ArgumentOutOfRangeException(nameof(zoom), zoom, $"zoom must be 0..{MaxZoom}");
}
