namespace GeoPlan.Core.Tiles;

/// <summary>A rectangle of tiles at one zoom, from (MinX, MinY) to (MaxX, MaxY) inclusive; never empty.</summary>
public readonly record struct TileRange
{
    internal TileRange(int zoom, int minX, int minY, int maxX, int maxY) =>
        (Zoom, MinX, MinY, MaxX, MaxY) = (zoom, minX, minY, maxX, maxY);

    /// <summary>The zoom level of every tile in the range.</summary>
    public int Zoom { get; }

    /// <summary>The westernmost column.</summary>
    public int MinX { get; }

    /// <summary>The northernmost row.</summary>
    public int MinY { get; }

    /// <summary>The easternmost column.</summary>
    public int MaxX { get; }

    /// <summary>The southernmost row.</summary>
    public int MaxY { get; }

    /// <summary>How many tiles the range holds.</summary>
    public long Count => (long)(MaxX - MinX + 1) * (MaxY - MinY + 1);

    /// <summary>Whether <paramref name="tile"/> lies in the range.</summary>
    public bool Contains(TileAddress tile) =>
        tile.Zoom == Zoom && tile.X >= MinX && tile.X <= MaxX && tile.Y >= MinY && tile.Y <= MaxY;

    /// <summary>Every tile of the range, row by row from the north-west.</summary>
    public IEnumerable<TileAddress> Tiles()
    {
        for (var y = MinY; y <= MaxY; y++)
        {
            for (var x = MinX; x <= MaxX; x++)
            {
                TileAddress.TryCreate(Zoom, x, y, out var tile, out _);
                yield return tile;
            }
        }
    }

    /// <summary>The range as <c>zoom/minX-maxX/minY-maxY</c>.</summary>
    public override string ToString() => $"{Zoom}/{MinX}-{MaxX}/{MinY}-{MaxY}";
}
