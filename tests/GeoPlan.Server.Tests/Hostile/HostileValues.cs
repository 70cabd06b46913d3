using System.Text;

namespace GeoPlan.Server.Tests.Hostile;

/// <summary>Values a careless or malicious client sends: numbers out of every range, injection strings, traversal, odd unicode and
/// control characters, and bodies that are broken, of the wrong shape or enormous.</summary>
internal static class HostileValues
{
    /// <summary>Strings for route parameters, query parameters and header values.</summary>
    public static readonly IReadOnlyList<string> Texts =
    [
        "", " ", "-1", "0", "-0", "1", "00000000001", "1.5", "-1.5", "NaN", "nan", "Infinity", "-Infinity", "∞", "1e309", "-1e309", "1e-400",
        "4.9e-324", "1.7976931348623157e308", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "99999999999999999999999999999999999999", "0x10", "1_000", "1,5", "1,2", "1,2,3", "1,2,3,4", "1,2,3,4,5,6", "a,b,c,d", ",,,",
        "123.4,41.8,123.5", "180,90,-180,-90", "-180,-90,180,90", "1e309,1e309,1e309,1e309", "NaN,NaN,NaN,NaN", "true", "false", "null",
        "[]", "{}", "[1,2]", "{\"a\":1}", "*", "%", "_", "\\", "'", "\"", "`", ";", "--", "' OR '1'='1", "' OR 1=1 --",
        "'; DROP TABLE features; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(10)", "1) UNION SELECT * FROM pg_user --",
        "name_zh' OR 'a'='a", "$where: 1", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "....//....//etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "file:///etc/passwd", "%00", "\0", "a\0b", "\u0001\u001f\u007f",
        "\r\nX-Injected: 1", "\t", "沈阳北站", "市府广场", "𝕏🚇", "\uFFFF", "\uD800", "é\u0301", "<script>alert(1)</script>",
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "${jndi:ldap://x/a}", "{{7*7}}",
        "%s%s%s%n", "%ZZ", "%E0%A4%A", "+", "=", "&", "?", "#", "WebMercatorQuad", "EPSG:4326", "http://www.opengis.net/def/crs/EPSG/0/3857",
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "2025", "2023", "1899", "2101", "parks", "rail_stations", "plan",
        new string('9', 400), new string('A', 10_000), string.Concat(Enumerable.Repeat("1,", 5_000)) + "1",
    ];

    /// <summary>Query parameter names: the ones the API reads, and some it does not.</summary>
    public static readonly IReadOnlyList<string> ParameterNames =
    [
        "bbox", "bbox-crs", "crs", "limit", "offset", "f", "year", "datetime", "filter", "filter-lang", "properties", "sortby", "status",
        "open_year", "target_year", "name_zh", "id", "lang", "width", "height", "center", "center-crs", "subset", "subset-crs",
        "scale-denominator", "mm-per-pixel", "bgcolor", "transparent", "collections", "layers", "styles", "format", "SERVICE", "REQUEST",
        "VERSION", "LAYERS", "STYLES", "CRS", "SRS", "BBOX", "WIDTH", "HEIGHT", "FORMAT", "TRANSPARENT", "BGCOLOR", "QUERY_LAYERS",
        "INFO_FORMAT", "I", "J", "X", "Y", "FEATURE_COUNT", "SLD_BODY", "UPDATESEQUENCE", "LANGUAGE", "from", "to", "minutes", "modes",
        "scenario", "metric", "mode", "dryRun", "source", "accuracy_m", "title_zh", "title_en", "encoding", "tileMatrixSets", "layer",
        "' OR 1=1 --", "../x", "", "a[b]", new string('p', 2_000),
    ];

    /// <summary>Media types for bodies, right and wrong.</summary>
    public static readonly IReadOnlyList<string?> ContentTypes =
    [
        null, "application/json", "application/geo+json", "application/json; charset=utf-16", "text/plain", "application/xml",
        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/octet-stream", "application/zip", "garbage",
        "application/json; charset=no-such-charset", ";;;",
    ];

    /// <summary>Bodies: broken JSON, JSON of the wrong shape, GeoJSON that is invalid, deeply nested or holds a million coordinates.</summary>
    public static readonly IReadOnlyList<Lazy<byte[]>> Bodies =
    [
        Text(""), Text("{"), Text("}"), Text("not json"), Text("null"), Text("[]"), Text("{}"), Text("\"string\""), Text("12"),
        Text("{\"inputs\":null}"), Text("{\"inputs\":[]}"), Text("{\"inputs\":{\"from\":null}}"), Text("{\"inputs\":{\"from\":\"1e309,1e309\"}}"),
        Text("{\"inputs\":{\"from\":[1e309,1e309],\"minutes\":[1e309]}}"), Text("{\"inputs\":{\"from\":[123.4,41.8],\"minutes\":[-1,0,99999]}}"),
        Text("{\"inputs\":{\"from\":\"' OR 1=1 --\",\"minutes\":\"60\",\"modes\":[\"teleport\"]}}"), Text("{\"value\":\"NaN\"}"),
        Text("{\"value\":1e309,\"source\":null}"), Text("{\"value\":1,\"source\":\"" + new string('s', 100_000) + "\"}"),
        Text("{\"type\":\"FeatureCollection\",\"features\":null}"), Text("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"}]}"),
        Text("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"a\",\"b\"]},\"properties\":{\"id\":\"'; DROP TABLE x; --\"}}"),
        Text("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1]]]}"), Text("{\"type\":\"Point\",\"coordinates\":[1e309,-1e309]}"),
        Text("\uFEFF{\"a\":\"\u0000\"}"), new Lazy<byte[]>(() => [0xFF, 0xFE, 0x00, 0xC3, 0x28, 0xA0, 0xA1]),
        new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000))),
        new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000))),
        new Lazy<byte[]>(MillionCoordinates),
    ];

    private static Lazy<byte[]> Text(string text) => new(() => Encoding.UTF8.GetBytes(text));

    // A GeoJSON feature collection with one line of a million (small) coordinates: about 6 MB.
    private static byte[] MillionCoordinates()
    {
        var text = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":")
            .Append("{\"type\":\"LineString\",\"coordinates\":[");
        for (var i = 0; i < 1_000_000; i++)
        {
            text.Append(i == 0 ? "" : ",").Append("[1,2]");
        }

        return Encoding.UTF8.GetBytes(text.Append("]}}]}").ToString());
    }
}
