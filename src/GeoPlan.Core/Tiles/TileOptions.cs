using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tiles;

/// <summary>How a vector tile is cut: the size of its integer grid and the margin kept around it, in tile units.</summary>
public sealed record TileOptions
{
    /// <summary>Makes options; the extent must be 256..65536 units and the buffer 0..extent.</summary>
    public TileOptions(int extent = 4096, int buffer = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(extent, WebMercatorQuad.TileSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(extent, 65536);
        ArgumentOutOfRangeException.ThrowIfNegative(buffer);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(buffer, extent);
        Extent = extent;
        Buffer = buffer;
    }

    /// <summary>Extent 4096, buffer 64: what MapLibre, Mapbox and GDAL expect.</summary>
    public static TileOptions Default { get; } = new();

    /// <summary>The width and height of the tile in grid units (the MVT layer extent).</summary>
    public int Extent { get; }

    /// <summary>How far geometry is kept beyond each tile edge, in grid units, so renderers draw no seams.</summary>
    public int Buffer { get; }

    /// <summary>One pixel of the 256-pixel tile in grid units: the size below which features are generalised away.</summary>
    public double Pixel => Extent / (double)WebMercatorQuad.TileSize;

    /// <summary>The longitude/latitude box a store must query to fill <paramref name="tile"/>: the tile and its buffer.</summary>
    public Envelope QueryBounds(TileAddress tile)
    {
        var metres = tile.MercatorBounds();
        metres.ExpandBy(metres.Width * Buffer / Extent);
        var (west, south) = WebMercatorQuad.Unproject(metres.MinX, metres.MinY);
        var (east, north) = WebMercatorQuad.Unproject(metres.MaxX, metres.MaxY);
        return new Envelope(west, east, south, north);
    }
}
