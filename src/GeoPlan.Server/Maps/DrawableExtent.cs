using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Maps;

/// <summary>Says whether an extent can be drawn: finite, with a width and a height that are themselves finite numbers.</summary>
internal static class DrawableExtent
{
    public static bool Is(Envelope extent) =>
        !extent.IsNull && double.IsFinite(extent.Width) && double.IsFinite(extent.Height) && extent.Width > 0 && extent.Height > 0;

    /// <summary>The extent between the bounds, or null when they do not make a drawable one (NaN, infinite, empty or overflowing).</summary>
    public static Envelope? Between(double minX, double maxX, double minY, double maxY)
    {
        if (!double.IsFinite(minX) || !double.IsFinite(maxX) || !double.IsFinite(minY) || !double.IsFinite(maxY))
        {
            return null;
        }

        var extent = new Envelope(minX, maxX, minY, maxY);
        return minX < maxX && minY < maxY && Is(extent) ? extent : null;
    }
}
