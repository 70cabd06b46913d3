using System.Globalization;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>A place as a caller names it: <c>lon,lat</c> in WGS 84, or a feature as <c>collection:id</c> or <c>collection:name</c>.</summary>
/// <param name="LonLat">The coordinate, when the place was given as one.</param>
/// <param name="Collection">The collection of a named feature.</param>
/// <param name="Key">The feature's id, Chinese name or English name.</param>
public sealed record PlaceReference(Coordinate? LonLat, string? Collection, string? Key)
{
    /// <summary>Reads <c>lon,lat</c> or <c>collection:key</c>, or says what is allowed.</summary>
    public static bool TryParse(string? text, out PlaceReference? reference, out string error)
    {
        reference = null;
        error = "";
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "give a place as lon,lat (WGS 84, e.g. 123.434,41.806) or as collection:feature (e.g. rail_stations:沈阳北站)";
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var key = text[(colon + 1)..].Trim();
            if (key.Length == 0)
            {
                error = $"'{text}' names no feature after the colon; give collection:id or collection:name";
                return false;
            }

            reference = new PlaceReference(null, text[..colon].Trim(), key);
            return true;
        }

        var parts = text.Split(',');
        if (parts.Length == 2 &&
            double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) &&
            double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) &&
            lon is >= -180 and <= 180 && lat is >= -90 and <= 90)
        {
            reference = new PlaceReference(new Coordinate(lon, lat), null, null);
            return true;
        }

        error = $"'{text}' is neither lon,lat (longitude -180 to 180, then latitude -90 to 90, e.g. 123.434,41.806) " +
            "nor collection:feature (e.g. rail_stations:沈阳北站)";
        return false;
    }
}
