using GeoPlan.Core.Crs;

namespace GeoPlan.Rendering;

/// <summary>Takes WGS 84 longitude/latitude to the pixels of a viewport: through its CRS, then east to the right and north up.</summary>
internal sealed class PixelProjection
{
    private const double TilePixels = 512;

    private readonly CrsTransform _toCrs;
    private readonly bool _latitudeFirst;
    private readonly double _minEast;
    private readonly double _maxNorth;
    private readonly double _pixelsPerEast;
    private readonly double _pixelsPerNorth;

    public PixelProjection(MapViewport viewport)
    {
        _toCrs = new CrsTransform(CrsRegistry.Crs84, viewport.Crs);
        _latitudeFirst = viewport.Crs.LatitudeFirst;
        var extent = viewport.Extent;
        var (minEast, maxEast, minNorth, maxNorth) = _latitudeFirst
            ? (extent.MinY, extent.MaxY, extent.MinX, extent.MaxX)
            : (extent.MinX, extent.MaxX, extent.MinY, extent.MaxY);
        _minEast = minEast;
        _maxNorth = maxNorth;
        _pixelsPerEast = viewport.Width / (maxEast - minEast);
        _pixelsPerNorth = viewport.Height / (maxNorth - minNorth);
        Zoom = ZoomOf(viewport, minEast, maxEast, (minNorth + maxNorth) / 2);
    }

    /// <summary>The MapLibre zoom (512-pixel tiles) with as many pixels per degree of longitude as the middle of this map.</summary>
    public double Zoom { get; }

    /// <summary>The pixel position of a longitude/latitude; y grows downwards.</summary>
    public (double X, double Y) ToPixel(double lon, double lat)
    {
        var (first, second) = _toCrs.Apply(lon, lat);
        var (east, north) = _latitudeFirst ? (second, first) : (first, second);
        return ((east - _minEast) * _pixelsPerEast, (_maxNorth - north) * _pixelsPerNorth);
    }

    private static double ZoomOf(MapViewport viewport, double minEast, double maxEast, double middleNorth)
    {
        var toLonLat = new CrsTransform(viewport.Crs, CrsRegistry.Crs84);
        var west = viewport.Crs.LatitudeFirst ? toLonLat.Apply(middleNorth, minEast) : toLonLat.Apply(minEast, middleNorth);
        var east = viewport.Crs.LatitudeFirst ? toLonLat.Apply(middleNorth, maxEast) : toLonLat.Apply(maxEast, middleNorth);
        var degrees = Math.Abs(east.X - west.X);
        var zoom = Math.Log2(viewport.Width * 360 / (degrees * TilePixels));
        return double.IsFinite(zoom) ? zoom : 0;
    }
}
