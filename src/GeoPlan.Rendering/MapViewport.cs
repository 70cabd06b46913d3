using GeoPlan.Core.Crs;
using GeoPlan.Core.Styling;
using NetTopologySuite.Geometries;

namespace GeoPlan.Rendering;

/// <summary>What a map shows and how big it is: an extent in a CRS, a size in pixels, and what lies behind the features.</summary>
public sealed record MapViewport
{
    /// <summary>The largest width or height in pixels a map may have.</summary>
    public const int MaxSize = 4096;

    /// <summary>Makes a viewport of <paramref name="extent"/>, given in <paramref name="crs"/>'s own axis order
    /// (for EPSG:4326 and EPSG:4490 the envelope's X is latitude and its Y longitude, as in a WMS 1.3 BBOX).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is outside 1-<see cref="MaxSize"/> or the extent is empty.</exception>
    public MapViewport(CrsDefinition crs, Envelope extent, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(crs);
        ArgumentNullException.ThrowIfNull(extent);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxSize);
        if (extent.IsNull || !double.IsFinite(extent.Width) || !double.IsFinite(extent.Height) || extent.Width <= 0 || extent.Height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(extent), extent, "the extent must be finite and have a width and a height");
        }

        Crs = crs;
        Extent = extent;
        Width = width;
        Height = height;
    }

    /// <summary>The CRS the map is drawn in.</summary>
    public CrsDefinition Crs { get; }

    /// <summary>The extent in <see cref="Crs"/>'s axis order.</summary>
    public Envelope Extent { get; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>True to leave everywhere nothing is drawn fully transparent.</summary>
    public bool Transparent { get; init; }

    /// <summary>The colour behind the features when the map is not transparent.</summary>
    public StyleColor Background { get; init; } = StyleColor.White;
}
