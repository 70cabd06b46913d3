using System.Text.RegularExpressions;

namespace GeoPlan.Core.Crs;

/// <summary>Reads the many spellings of a CRS identifier (short code, OGC URI, OGC URN) into one registry key.</summary>
internal static partial class CrsIdentifier
{
    /// <summary>The registry key of OGC CRS84.</summary>
    public const string Crs84 = "CRS84";

    /// <summary>The registry key of GCJ-02.</summary>
    public const string Gcj02 = "GCJ-02";

    /// <summary>The registry key of BD-09.</summary>
    public const string Bd09 = "BD-09";

    /// <summary>The OGC URI of an EPSG CRS.</summary>
    public static string EpsgUri(int code) => $"http://www.opengis.net/def/crs/EPSG/0/{code}";

    /// <summary>The registry key (<c>EPSG:4550</c>, <c>CRS84</c>, <c>GCJ-02</c>, <c>BD-09</c>) <paramref name="text"/> names.</summary>
    /// <remarks>
    /// Accepts <c>EPSG:n</c>, the OGC URI <c>http(s)://www.opengis.net/def/crs/EPSG/{version}/n</c>, the URNs
    /// <c>urn:ogc:def:crs:EPSG:{version}:n</c> (version usually empty, sometimes left out) and <c>urn:x-ogc:...</c>, GML's
    /// <c>http://www.opengis.net/gml/srs/epsg.xml#n</c>; CRS84 as <c>CRS84</c>, <c>CRS:84</c>, <c>OGC:CRS84</c>, its URI or URN;
    /// GCJ-02 and BD-09 with or without the hyphen. Case is ignored.
    /// </remarks>
    public static bool TryNormalize(string? text, out string key)
    {
        var trimmed = (text ?? "").Trim();
        key = "";
        if (trimmed.Length == 0)
        {
            return false;
        }

        var epsg = EpsgPattern().Match(trimmed);
        if (epsg.Success && int.TryParse(epsg.Groups["code"].ValueSpan, out var code))
        {
            key = $"EPSG:{code}";
        }
        else if (Crs84Pattern().IsMatch(trimmed))
        {
            key = Crs84;
        }
        else if (Gcj02Pattern().IsMatch(trimmed))
        {
            key = Gcj02;
        }
        else if (Bd09Pattern().IsMatch(trimmed))
        {
            key = Bd09;
        }

        return key.Length > 0;
    }

    [GeneratedRegex(
        """^(?:EPSG:|https?://www\.opengis\.net/def/crs/EPSG/[0-9.]+/|urn:(?:x-)?ogc:def:crs:EPSG:(?:[0-9.]*:)?"""
            + """|https?://www\.opengis\.net/gml/srs/epsg\.xml#)(?<code>[0-9]{1,9})$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EpsgPattern();

    [GeneratedRegex(
        """^(?:CRS:?84|OGC:CRS84|https?://www\.opengis\.net/def/crs/OGC/[0-9.]+/CRS84|urn:(?:x-)?ogc:def:crs:OGC:(?:[0-9.]*:)?CRS84)$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Crs84Pattern();

    [GeneratedRegex("^GCJ-?02$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gcj02Pattern();

    [GeneratedRegex("^BD-?09$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bd09Pattern();
}
