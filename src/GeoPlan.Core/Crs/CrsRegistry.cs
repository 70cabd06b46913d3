using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;

namespace GeoPlan.Core.Crs;

/// <summary>The coordinate reference systems GeoPlan knows, found by code, OGC URI or URN, or recognised from a file's WKT.</summary>
/// <remarks>
/// CGCS2000 is treated as identical to WGS 84 (no datum shift): the two agree to a few centimetres,
/// far below the accuracy of any geometry GeoPlan holds (see <see cref="CrsTransform"/>).
/// </remarks>
public static class CrsRegistry
{
    /// <summary>The CGCS2000 datum in WKT1, shared by every CGCS2000 definition.</summary>
    internal const string Cgcs2000Datum =
        """DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101],TOWGS84[0,0,0,0,0,0,0],AUTHORITY["EPSG","1043"]]""";

    private static readonly CoordinateSystemFactory Factory = new();

    /// <summary>WGS 84 longitude/latitude (OGC CRS84), GeoPlan's storage CRS.</summary>
    public static CrsDefinition Crs84 { get; } = new(
        CrsIdentifier.Crs84,
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
        Uri = CrsIdentifier.EpsgUri(4326),
        Name = "WGS 84",
        LatitudeFirst = true,
    };

    /// <summary>Web Mercator, the CRS of map tiles.</summary>
    public static CrsDefinition WebMercator { get; } = new(
        "EPSG:3857",
        CrsIdentifier.EpsgUri(3857),
        "WGS 84 / Pseudo-Mercator",
        3857,
        false,
        new Envelope(-180, 180, -85.06, 85.06),
        ProjectedCoordinateSystem.WebMercator);

    /// <summary>CGCS2000 geographic (China Geodetic Coordinate System 2000), latitude first.</summary>
    public static CrsDefinition Cgcs2000 { get; } = new(
        "EPSG:4490",
        CrsIdentifier.EpsgUri(4490),
        "China Geodetic Coordinate System 2000",
        4490,
        true,
        China(),
        Factory.CreateFromWkt(
            $"""GEOGCS["China Geodetic Coordinate System 2000",{Cgcs2000Datum},PRIMEM["Greenwich",0],"""
            + """UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4490"]]"""));

    /// <summary>CGCS2000 geographic, longitude first as GIS files store it; <see cref="TryRecognize"/> gives it for EPSG:4490.</summary>
    public static CrsDefinition Cgcs2000LonLat { get; } = Cgcs2000 with
    {
        Name = "China Geodetic Coordinate System 2000 (longitude, latitude)",
        LatitudeFirst = false,
    };

    /// <summary>CGCS2000 / 3-degree Gauss-Kruger CM 123E, GeoPlan's metric CRS for lengths and areas (easting, northing in metres).</summary>
    public static CrsDefinition Cgcs2000Gk123 { get; } = Cgcs2000GaussKruger.All.Single(c => c.Srid == 4550);

    /// <summary>GCJ-02, the offset longitude/latitude of Gaode and Tencent maps; see <see cref="CrsDefinition.Offset"/>.</summary>
    public static CrsDefinition Gcj02 { get; } =
        Offset(CrsIdentifier.Gcj02, "GCJ-02 (Gaode, Tencent; longitude, latitude)", Gcj02Offset.Instance);

    /// <summary>BD-09, the offset longitude/latitude of Baidu maps; see <see cref="CrsDefinition.Offset"/>.</summary>
    public static CrsDefinition Bd09 { get; } = Offset(CrsIdentifier.Bd09, "BD-09 (Baidu; longitude, latitude)", Bd09Offset.Instance);

    /// <summary>The CRSs GeoPlan serves maps in, as WMS and OGC API - Maps list them.</summary>
    /// <remarks>
    /// <see cref="TryFind"/> knows more — all 42 CGCS2000 3-degree Gauss-Kruger CRSs, GCJ-02 and BD-09 — for reading data;
    /// the services offer only these.
    /// </remarks>
    public static IReadOnlyList<CrsDefinition> All { get; } = [Crs84, Wgs84, WebMercator, Cgcs2000, Cgcs2000Gk123];

    private static Dictionary<string, CrsDefinition> ByCode { get; } =
        new CrsDefinition[] { Crs84, Wgs84, WebMercator, Cgcs2000, Gcj02, Bd09 }
            .Concat(Cgcs2000GaussKruger.All)
            .ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a CRS by code (<c>EPSG:4550</c>, <c>CRS84</c>, <c>CRS:84</c>, <c>GCJ-02</c>), OGC URI or URN, in any case.</summary>
    /// <remarks>
    /// URNs such as <c>urn:ogc:def:crs:EPSG::4529</c> and <c>urn:ogc:def:crs:OGC:1.3:CRS84</c> name the same CRS as their
    /// codes; an EPSG code keeps the EPSG axis order (EPSG:4326 and EPSG:4490 put latitude first).
    /// </remarks>
    public static bool TryFind(string? codeOrUri, out CrsDefinition crs)
    {
        crs = null!;
        if (!CrsIdentifier.TryNormalize(codeOrUri, out var key) || !ByCode.TryGetValue(key, out var found))
        {
            return false;
        }

        crs = found;
        return true;
    }

    /// <summary>Recognises the CRS a data file states: a code, URI or URN, or the OGC WKT1 or ESRI WKT of a Shapefile's .prj.</summary>
    /// <remarks>
    /// WKT is recognised by its EPSG AUTHORITY when it has a registered one, otherwise by its parameters: WGS 84 or CGCS2000
    /// longitude/latitude; CGCS2000 Transverse Mercator (or Gauss-Kruger) with scale 1, latitude of origin 0, a central meridian
    /// of 75°E to 135°E in steps of 3° and a false easting of 500,000 m or zone × 1,000,000 + 500,000 m; Web Mercator.
    /// Anything else (Beijing 1954, Xian 1980, UTM, 6-degree zones with the zone number in the easting) is not recognised;
    /// <see cref="Describe"/> then says what was stated. A 6-degree CRS named by its central meridian (EPSG:4502-4512) is the
    /// very projection of the 3-degree one on the same meridian, and is read as that.
    /// Files store easting (longitude) first whatever the authority's axis order, so a geographic CRS comes back longitude
    /// first: EPSG:4326 as <see cref="Crs84"/>, EPSG:4490 as <see cref="Cgcs2000LonLat"/>.
    /// </remarks>
    public static bool TryRecognize(string? stated, out CrsDefinition crs)
    {
        if (TryFind(stated, out var named))
        {
            crs = EastingFirst(named);
            return true;
        }

        crs = null!;
        return WktNode.TryParse(stated, out var wkt) && WktRecognizer.TryRecognize(wkt, out crs);
    }

    /// <summary>A short description of the CRS a file states, for messages: <c>PROJCS "Xian_1980_3_Degree_GK_CM_123E" (...)</c>.</summary>
    /// <remarks>
    /// A known code gives its name (<c>EPSG:4550 (CGCS2000 / 3-degree Gauss-Kruger CM 123E)</c>); WKT gives its kind, name and
    /// EPSG code, projection, central meridian, false easting, scale factor, datum and ellipsoid, as far as it states them.
    /// </remarks>
    public static string Describe(string? stated)
    {
        var text = (stated ?? "").Trim();
        if (text.Length == 0)
        {
            return "no CRS (the text is empty)";
        }

        if (TryFind(text, out var crs))
        {
            return $"{crs.Code} ({crs.Name})";
        }

        if (CrsIdentifier.TryNormalize(text, out var key))
        {
            return key;
        }

        if (WktNode.TryParse(text, out var wkt))
        {
            return WktRecognizer.Describe(wkt);
        }

        var start = text.Length > 60 ? text[..60] + "…" : text;
        return $"text that is neither a CRS code nor readable WKT: \"{start}\"";
    }

    /// <summary>The same CRS with easting (longitude) first, as files store coordinates.</summary>
    internal static CrsDefinition EastingFirst(CrsDefinition crs) =>
        crs == Wgs84 ? Crs84 : crs == Cgcs2000 ? Cgcs2000LonLat : crs;

    private static CrsDefinition Offset(string code, string name, LonLatOffset offset) => new(
        code,
        "",
        name,
        0,
        false,
        China(),
        Factory.CreateGeographicCoordinateSystem(
            code,
            AngularUnit.Degrees,
            HorizontalDatum.WGS84,
            PrimeMeridian.Greenwich,
            new AxisInfo("Lon", AxisOrientationEnum.East),
            new AxisInfo("Lat", AxisOrientationEnum.North)))
    {
        Offset = offset,
    };

    private static Envelope World() => new(-180, 180, -90, 90);

    // EPSG's area of CGCS2000: China, onshore and offshore.
    private static Envelope China() => new(73.62, 134.77, 16.7, 53.56);
}
