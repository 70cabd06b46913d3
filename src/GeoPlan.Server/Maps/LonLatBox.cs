using GeoPlan.Core.Storage;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Maps;

/// <summary>Turns a longitude/latitude envelope into the store's <see cref="BoundingBox"/>, cut to the world.</summary>
internal static class LonLatBox
{
    /// <summary>The box, or null when the envelope is empty or lies wholly off the world.</summary>
    public static BoundingBox? Of(Envelope lonLat)
    {
        if (lonLat.IsNull)
        {
            return null;
        }

        var minLon = Math.Max(lonLat.MinX, -180);
        var maxLon = Math.Min(lonLat.MaxX, 180);
        var minLat = Math.Max(lonLat.MinY, -90);
        var maxLat = Math.Min(lonLat.MaxY, 90);
        return BoundingBox.TryCreate(minLon, minLat, maxLon, maxLat, out var box, out _) ? box : null;
    }
}
