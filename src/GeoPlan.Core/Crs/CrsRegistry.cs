using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;

namespace GeoPlan.Core.Crs;

/// <summary>The coordinate reference systems GeoPlan knows, found by code or OGC URI.</summary>
/// <remarks>
/// CGCS2000 is treated as identical to WGS 84 (no datum shift): the two agree to a few centimetres,
/// far below the accuracy of any geometry GeoPlan holds (see <see cref="CrsTransform"/>).
/// </remarks>
public static class CrsRegistry
{
    private const string Cgcs2000Datum =
        """DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101],TOWGS84[0,0,0,0,0,0,0],AUTHORITY["EPSG","1043"]]""";

    private static readonly CoordinateSystemFactory Factory = new();

    /// <summary>WGS 84 longitude/latitude (OGC CRS84), GeoPlan's storage CRS.</summary>
    public static CrsDefinition Crs84 { get; } = new(
        "CRS84",
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
        "WGS 84 (longitude, latitude)",
        4326,
        false,
        World(),
        GeographicCoordinateSystem.WGS84);

    /// <summary>WGS 84 with the EPSG axis order latitude, longitude.</summary>
    public static CrsDefinition Wgs84 { get; } = Crs84 with
    {
        Code = "EPSG:4326",
        Uri = EpsgUri(4326),
        Name = "WGS 84",
        LatitudeFirst = true,
    };

    /// <summary>Web Mercator, the CRS of map tiles.</summary>
    public static CrsDefinition WebMercator { get; } = new(
        "EPSG:3857",
        EpsgUri(3857),
        "WGS 84 / Pseudo-Mercator",
        3857,
        false,
        new Envelope(-180, 180, -85.06, 85.06),
        ProjectedCoordinateSystem.WebMercator);

    /// <summary>CGCS2000 geographic (China Geodetic Coordinate System 2000), latitude first.</summary>
    public static CrsDefinition Cgcs2000 { get; } = new(
        "EPSG:4490",
        EpsgUri(4490),
        "China Geodetic Coordinate System 2000",
        4490,
        true,
        new Envelope(73.62, 134.77, 16.7, 53.56),
        Factory.CreateFromWkt(
            $"""GEOGCS["China Geodetic Coordinate System 2000",{Cgcs2000Datum},PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4490"]]"""));

    /// <summary>CGCS2000 / 3-degree Gauss-Kruger CM 123E, GeoPlan's metric CRS for lengths and areas (easting, northing in metres).</summary>
    public static CrsDefinition Cgcs2000Gk123 { get; } = new(
        "EPSG:4550",
        EpsgUri(4550),
        "CGCS2000 / 3-degree Gauss-Kruger CM 123E",
        4550,
        false,
        new Envelope(121.5, 124.5, 21.0, 53.56),
        Factory.CreateFromWkt(
            $"""PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 123E",GEOGCS["China Geodetic Coordinate System 2000",{Cgcs2000Datum},PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",123],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","4550"]]"""));

    /// <summary>Every registered CRS.</summary>
    public static IReadOnlyList<CrsDefinition> All { get; } = [Crs84, Wgs84, WebMercator, Cgcs2000, Cgcs2000Gk123];

    /// <summary>Finds a CRS by code (<c>EPSG:4550</c>, <c>CRS84</c>, <c>CRS:84</c>) or OGC URI, ignoring case.</summary>
    public static bool TryFind(string? codeOrUri, out CrsDefinition crs)
    {
        var key = (codeOrUri ?? "").Trim();
        crs = All.FirstOrDefault(c =>
            key.Equals(c.Code, StringComparison.OrdinalIgnoreCase) || key.Equals(c.Uri, StringComparison.OrdinalIgnoreCase))!;
        if (crs is null && key.Equals("CRS:84", StringComparison.OrdinalIgnoreCase))
        {
            crs = Crs84;
        }

        return crs is not null;
    }

    private static string EpsgUri(int code) => $"http://www.opengis.net/def/crs/EPSG/0/{code}";

    private static Envelope World() => new(-180, 180, -90, 90);
}
