using GeoPlan.Core.Crs;
using GeoPlan.Core.Storage;
using GeoPlan.Rendering;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Maps;

/// <summary>Where things are in a viewport's pixels (x right, y down) and which longitudes and latitudes pixels cover.</summary>
internal sealed class ViewportPixels
{
    private readonly MapViewport _viewport;
    private readonly Envelope _eastNorth;
    private readonly CrsTransform _toCrs;

    public ViewportPixels(MapViewport viewport)
    {
        _viewport = viewport;
        _eastNorth = CrsAxes.ToEastNorth(viewport.Extent, viewport.Crs);
        _toCrs = new CrsTransform(CrsRegistry.Crs84, viewport.Crs);
    }

    /// <summary>The pixel position of a longitude/latitude.</summary>
    public (double X, double Y) ToPixel(double lon, double lat)
    {
        var (first, second) = _toCrs.Apply(lon, lat);
        var (east, north) = _viewport.Crs.LatitudeFirst ? (second, first) : (first, second);
        return ((east - _eastNorth.MinX) / _eastNorth.Width * _viewport.Width, (_eastNorth.MaxY - north) / _eastNorth.Height * _viewport.Height);
    }

    /// <summary>A copy of a longitude/latitude geometry in pixels.</summary>
    public Geometry ToPixels(Geometry lonLat)
    {
        var pixels = lonLat.Copy();
        pixels.Apply(new PixelFilter(this));
        pixels.GeometryChanged();
        return pixels;
    }

    /// <summary>The longitude/latitude box under a rectangle of pixels (which may reach past the map's edges), or null when it covers no land of the world.</summary>
    public BoundingBox? LonLatBounds(Envelope pixels)
    {
        var eastPerPixel = _eastNorth.Width / _viewport.Width;
        var northPerPixel = _eastNorth.Height / _viewport.Height;
        var eastNorth = new Envelope(
            _eastNorth.MinX + (pixels.MinX * eastPerPixel),
            _eastNorth.MinX + (pixels.MaxX * eastPerPixel),
            _eastNorth.MaxY - (pixels.MaxY * northPerPixel),
            _eastNorth.MaxY - (pixels.MinY * northPerPixel));
        var crsOrder = CrsAxes.FromEastNorth(eastNorth, _viewport.Crs);
        return LonLatBox.Of(EnvelopeTransform.Apply(crsOrder, _viewport.Crs, CrsRegistry.Crs84));
    }

    /// <summary>The longitude/latitude box of the whole map, reaching <paramref name="padding"/> pixels past each edge.</summary>
    public BoundingBox? LonLatBounds(double padding) =>
        LonLatBounds(new Envelope(-padding, _viewport.Width + padding, -padding, _viewport.Height + padding));

    private sealed class PixelFilter(ViewportPixels pixels) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = pixels.ToPixel(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
