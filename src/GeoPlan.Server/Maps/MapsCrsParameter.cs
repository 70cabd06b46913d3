using GeoPlan.Core.Crs;

namespace GeoPlan.Server.Maps;

/// <summary>Reads a CRS as OGC API - Maps names it: an OGC URI (http or https), a safe CURIE such as <c>[EPSG:3857]</c>, or a short code.</summary>
internal static class MapsCrsParameter
{
    /// <summary>What the parameter accepts, for error messages.</summary>
    public static string Allowed { get; } =
        $"{string.Join(", ", CrsRegistry.All.Select(c => c.Uri))} (or the short forms {string.Join(", ", CrsRegistry.All.Select(c => c.Code))})";

    public static bool TryParse(string text, out CrsDefinition crs)
    {
        var key = text.Trim();
        if (key.StartsWith('[') && key.EndsWith(']'))
        {
            key = key[1..^1];
        }

        if (key.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            key = "http://" + key["https://".Length..];
        }

        if (key.Equals("OGC:CRS84", StringComparison.OrdinalIgnoreCase))
        {
            key = CrsRegistry.Crs84.Code;
        }

        // TryFind also knows CRSs GeoPlan reads but does not serve (Gauss-Kruger zones, GCJ-02); offer only the listed ones.
        return CrsRegistry.TryFind(key, out crs) && CrsRegistry.All.Contains(crs);
    }
}
