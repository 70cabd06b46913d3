using GeoPlan.Core.Crs;
using GeoPlan.Rendering;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Maps;

/// <summary>Settles a map's extent and size from what was asked: an area or a centre, a width and height, a scale denominator.</summary>
/// <remarks>Pixels are square in the output CRS's units; a scale is turned into metres on the ground at the map's centre.</remarks>
internal static class MapsFrame
{
    /// <summary>The longer side, in pixels, of a map whose size is not asked for.</summary>
    public const int DefaultSize = 1024;

    /// <summary>Settles the frame; on failure, names the parameter that cannot be honoured and why.</summary>
    /// <param name="area">The area asked for, in <paramref name="crs"/> with X east.</param>
    /// <param name="defaultExtent">What a map shows when no area is asked for, in <paramref name="crs"/> with X east.</param>
    /// <param name="crs">The output CRS.</param>
    /// <param name="width">The width asked for, if any.</param>
    /// <param name="height">The height asked for, if any.</param>
    /// <param name="scaleDenominator">The scale asked for, if any.</param>
    /// <param name="metresPerDisplayPixel">The display's pixel size in metres (0.28 mm by default).</param>
    public static (Envelope? Extent, int Width, int Height, string? Parameter, string? Error) Settle(
        MapsArea area, Envelope defaultExtent, CrsDefinition crs, int? width, int? height, double? scaleDenominator, double metresPerDisplayPixel)
    {
        if (area.Extent is { } extent)
        {
            if (scaleDenominator is null)
            {
                return Fit(extent, width, height);
            }

            return width is not null || height is not null
                ? (null, 0, 0, "scale-denominator", "scale-denominator cannot be combined with width or height when bbox or subset gives the area")
                : Scaled(extent, crs, scaleDenominator.Value * metresPerDisplayPixel);
        }

        if (area.Centre is null && scaleDenominator is null)
        {
            return Fit(defaultExtent, width, height);
        }

        // Around a centre the size comes first; without a scale, the default extent's scale is kept.
        var centre = area.Centre ?? defaultExtent.Centre;
        var (w, h) = (width ?? DefaultSize, height ?? DefaultSize);
        var (groundEast, groundNorth) = GroundScale.MetresPerUnit(crs, centre.X, centre.Y);
        var metresPerPixel = scaleDenominator * metresPerDisplayPixel ?? defaultExtent.Width * groundEast / w;
        var halfEast = w * metresPerPixel / groundEast / 2;
        var halfNorth = h * metresPerPixel / groundNorth / 2;
        return DrawableExtent.Between(centre.X - halfEast, centre.X + halfEast, centre.Y - halfNorth, centre.Y + halfNorth) is { } around
            ? (around, w, h, null, null)
            : scaleDenominator is null
                ? (null, 0, 0, "center", $"a map around that centre cannot be drawn in {crs.Code}")
                : (null, 0, 0, "scale-denominator", $"a map at that scale cannot be drawn around that centre in {crs.Code}");
    }

    // The side not asked for follows the extent's aspect; with neither, the longer side is DefaultSize.
    private static (Envelope?, int, int, string?, string?) Fit(Envelope extent, int? width, int? height)
    {
        var aspect = extent.Height / extent.Width;
        var (w, h) = (width, height) switch
        {
            ({ } given, { } other) => (given, other),
            ({ } given, null) => (given, Round(given * aspect)),
            (null, { } given) => (Round(given / aspect), given),
            _ => aspect <= 1 ? (DefaultSize, Round(DefaultSize * aspect)) : (Round(DefaultSize / aspect), DefaultSize),
        };
        if (w > MapViewport.MaxSize || h > MapViewport.MaxSize)
        {
            var parameter = width is not null ? "width" : "height";
            return (null, 0, 0, parameter,
                $"with the area's aspect the map would be {w}×{h} pixels, over the {MapViewport.MaxSize} limit; give both width and height, or a smaller {parameter}");
        }

        return (extent, w, h, null, null);
    }

    private static (Envelope?, int, int, string?, string?) Scaled(Envelope extent, CrsDefinition crs, double metresPerPixel)
    {
        var (groundEast, groundNorth) = GroundScale.MetresPerUnit(crs, extent.Centre.X, extent.Centre.Y);
        var w = extent.Width * groundEast / metresPerPixel;
        var h = extent.Height * groundNorth / metresPerPixel;
        return w is >= 0.5 and <= MapViewport.MaxSize && h is >= 0.5 and <= MapViewport.MaxSize
            ? (extent, Round(w), Round(h), null, null)
            : (null, 0, 0, "scale-denominator",
                $"at that scale the area would be {w:0}×{h:0} pixels; choose a scale that keeps both within 1 to {MapViewport.MaxSize}");
    }

    private static int Round(double pixels) => double.IsFinite(pixels) ? (int)Math.Clamp(Math.Round(pixels), 1, int.MaxValue / 2) : int.MaxValue / 2;
}
