using GeoPlan.Core.Crs;
using NetTopologySuite.Geometries;

namespace GeoPlan.Rendering.Tests;

/// <summary>A longitude/latitude box drawn at a size, and where a longitude/latitude lands in its pixels (equirectangular).</summary>
internal sealed record GeographicView(double West, double South, double East, double North, int Width, int Height)
{
    public MapViewport Crs84 => new(CrsRegistry.Crs84, new Envelope(West, East, South, North), Width, Height);

    // EPSG:4326 puts latitude first, so the envelope's X is latitude.
    public MapViewport Epsg4326 => new(CrsRegistry.Wgs84, new Envelope(South, North, West, East), Width, Height);

    public (int X, int Y) Pixel(double lon, double lat) =>
        ((int)((lon - West) / (East - West) * Width), (int)((North - lat) / (North - South) * Height));
}
