using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;

namespace GeoPlan.Core.Crs;

/// <summary>The 42 CGCS2000 3-degree Gauss-Kruger CRSs, generated from their zone numbers.</summary>
/// <remarks>
/// Zone n (25 to 45) has its central meridian at 3n°E. EPSG:4513-4533 put the zone number before the easting
/// (false easting n × 1,000,000 + 500,000); EPSG:4534-4554 name the central meridian and use 500,000.
/// Both are Transverse Mercator with scale 1 on the CGCS2000 ellipsoid, latitude of origin 0, easting first.
/// </remarks>
internal static class Cgcs2000GaussKruger
{
    private const int FirstZone = 25;
    private const int LastZone = 45;
    private const int FirstPrefixedCode = 4513;
    private const int FirstPlainCode = 4534;
    private const double ChinaWest = 73.62;
    private const double ChinaEast = 134.77;

    private static readonly CoordinateSystemFactory Factory = new();

    // South and north limits of each zone's area of use, zone 25 first, from the EPSG Geodetic Parameter Dataset v10.076
    // (2022-08-31) as PROJ 9.1 ships it; a zone's prefixed and plain CRS share one area. EPSG clips the east and west
    // limits to China's extent, as Area() does.
    private static readonly (double South, double North)[] Latitudes =
    [
        (35.81, 40.65), (31.03, 41.83), (29.95, 45.88), (28.26, 47.23), (27.8, 49.18), (27.32, 48.42), (27.71, 45.13),
        (28.23, 44.5), (21.43, 42.76), (21.13, 42.69), (22.5, 42.21), (18.19, 42.47), (18.11, 45.11), (21.52, 45.45),
        (22.6, 49.88), (24.43, 53.33), (28.22, 53.56), (40.19, 53.2), (41.37, 50.25), (42.42, 48.88), (45.85, 48.4),
    ];

    /// <summary>EPSG:4513 to EPSG:4554, in code order.</summary>
    public static IReadOnlyList<CrsDefinition> All { get; } =
    [
        .. Enumerable.Range(FirstZone, LastZone - FirstZone + 1).Select(zone => Create(zone, zoneInEasting: true)),
        .. Enumerable.Range(FirstZone, LastZone - FirstZone + 1).Select(zone => Create(zone, zoneInEasting: false)),
    ];

    /// <summary>The EPSG code of the zone with this central meridian and false easting, if there is one.</summary>
    public static bool TryCode(double centralMeridian, double falseEasting, out int code)
    {
        code = 0;
        var zone = (int)Math.Round(centralMeridian / 3);
        if (zone is < FirstZone or > LastZone || Math.Abs(centralMeridian - (3.0 * zone)) > 1e-9)
        {
            return false;
        }

        if (Math.Abs(falseEasting - 500_000) < 1e-6)
        {
            code = FirstPlainCode + zone - FirstZone;
        }
        else if (Math.Abs(falseEasting - ZoneFalseEasting(zone)) < 1e-6)
        {
            code = FirstPrefixedCode + zone - FirstZone;
        }

        return code != 0;
    }

    private static double ZoneFalseEasting(int zone) => (zone * 1_000_000.0) + 500_000;

    private static CrsDefinition Create(int zone, bool zoneInEasting)
    {
        var code = (zoneInEasting ? FirstPrefixedCode : FirstPlainCode) + zone - FirstZone;
        var centralMeridian = 3 * zone;
        var name = zoneInEasting
            ? $"CGCS2000 / 3-degree Gauss-Kruger zone {zone}"
            : $"CGCS2000 / 3-degree Gauss-Kruger CM {centralMeridian}E";
        var falseEasting = zoneInEasting ? ZoneFalseEasting(zone) : 500_000;
        var wkt =
            $"""PROJCS["{name}",GEOGCS["China Geodetic Coordinate System 2000",{CrsRegistry.Cgcs2000Datum},PRIMEM["Greenwich",0],"""
            + """UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],"""
            + $"""PARAMETER["central_meridian",{centralMeridian}],PARAMETER["scale_factor",1],PARAMETER["false_easting",{falseEasting}],"""
            + $"""PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","{code}"]]""";
        return new CrsDefinition(
            $"EPSG:{code}",
            CrsIdentifier.EpsgUri(code),
            name,
            code,
            false,
            Area(zone),
            Factory.CreateFromWkt(wkt));
    }

    private static Envelope Area(int zone)
    {
        var (south, north) = Latitudes[zone - FirstZone];
        return new Envelope(Math.Max((3 * zone) - 1.5, ChinaWest), Math.Min((3 * zone) + 1.5, ChinaEast), south, north);
    }
}
