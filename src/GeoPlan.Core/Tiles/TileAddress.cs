using System.Globalization;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tiles;

/// <summary>A WebMercatorQuad tile: zoom (tile matrix), column x and row y counted from the top left; valid by construction.</summary>
public readonly record struct TileAddress
{
    private TileAddress(int zoom, int x, int y) => (Zoom, X, Y) = (zoom, x, y);

    /// <summary>The zoom level, 0..24 (the OGC tile matrix).</summary>
    public int Zoom { get; }

    /// <summary>The column, counted eastwards from longitude -180 (the OGC tileCol).</summary>
    public int X { get; }

    /// <summary>The row, counted southwards from the northern edge of the world (the OGC tileRow).</summary>
    public int Y { get; }

    /// <summary>Makes a tile address, or explains which number is out of its range.</summary>
    public static bool TryCreate(int zoom, int x, int y, out TileAddress tile, out string? error)
    {
        tile = default;
        var last = zoom is >= 0 and <= WebMercatorQuad.MaxZoom ? WebMercatorQuad.MatrixSize(zoom) - 1 : -1;
        error = (zoom, x, y) switch
        {
            _ when last < 0 => $"zoom must be 0..{WebMercatorQuad.MaxZoom}",
            _ when x < 0 || x > last => $"x must be 0..{last} at zoom {zoom}",
            _ when y < 0 || y > last => $"y must be 0..{last} at zoom {zoom}",
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        tile = new TileAddress(zoom, x, y);
        return true;
    }

    /// <summary>Parses the three path segments of a tile request; the error names the part that is wrong.</summary>
    public static bool TryParse(string? zoom, string? x, string? y, out TileAddress tile, out string? error)
    {
        tile = default;
        error = null;
        var numbers = new int[3];
        string?[] texts = [zoom, x, y];
        string[] names = ["zoom", "x", "y"];
        for (var i = 0; i < 3; i++)
        {
            if (!int.TryParse(texts[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out numbers[i]))
            {
                error = $"{names[i]} must be a whole number, not '{texts[i]}'";
                return false;
            }
        }

        return TryCreate(numbers[0], numbers[1], numbers[2], out tile, out error);
    }

    /// <summary>The tile's bounds in EPSG:3857 metres.</summary>
    public Envelope MercatorBounds()
    {
        var size = 2 * WebMercatorQuad.HalfWorld / WebMercatorQuad.MatrixSize(Zoom);
        var west = -WebMercatorQuad.HalfWorld + (X * size);
        var north = WebMercatorQuad.HalfWorld - (Y * size);
        return new Envelope(west, west + size, north - size, north);
    }

    /// <summary>The tile's bounds in longitude/latitude.</summary>
    public Envelope LonLatBounds()
    {
        var metres = MercatorBounds();
        var (west, south) = WebMercatorQuad.Unproject(metres.MinX, metres.MinY);
        var (east, north) = WebMercatorQuad.Unproject(metres.MaxX, metres.MaxY);
        return new Envelope(west, east, south, north);
    }

    /// <summary>The tile as <c>zoom/x/y</c>.</summary>
    public override string ToString() => $"{Zoom}/{X}/{Y}";
}
