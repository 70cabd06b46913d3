using GeoPlan.Core.Crs;

namespace GeoPlan.Core.Tests.Crs;

public sealed class CrsRecognitionTests
{
    // .prj texts as ArcGIS writes them beside a Shapefile: ESRI WKT on one line, no AUTHORITY.
    private const string EsriGeographicTail =
        """PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""";

    private const string EsriCgcs2000 =
        """GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],"""
        + EsriGeographicTail;

    private const string EsriWgs84 =
        """GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],""" + EsriGeographicTail;

    private const string EsriCm123 =
        """PROJCS["CGCS2000_3_Degree_GK_CM_123E",""" + EsriCgcs2000
        + """,PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],"""
        + """PARAMETER["Central_Meridian",123.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    private const string EsriZone41 =
        """PROJCS["CGCS2000_3_Degree_GK_Zone_41",""" + EsriCgcs2000
        + """,PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",41500000.0],PARAMETER["False_Northing",0.0],"""
        + """PARAMETER["Central_Meridian",123.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    // Older ArcGIS releases wrote the method as Transverse_Mercator.
    private const string EsriCm117TransverseMercator =
        """PROJCS["CGCS2000_3_Degree_GK_CM_117E",""" + EsriCgcs2000
        + """,PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],"""
        + """PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    private const string EsriWebMercator =
        """PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",""" + EsriWgs84
        + """,PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],"""
        + """PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],"""
        + """UNIT["Meter",1.0]]""";

    private const string EsriXian1980Cm123 =
        """PROJCS["Xian_1980_3_Degree_GK_CM_123E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],"""
        + EsriGeographicTail
        + """,PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],"""
        + """PARAMETER["Central_Meridian",123.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    private const string EsriBeijing1954 =
        """GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]],""" + EsriGeographicTail;

    private const string EsriUtm51 =
        """PROJCS["WGS_1984_UTM_Zone_51N",""" + EsriWgs84
        + """,PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],"""
        + """PARAMETER["Central_Meridian",123.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    private const string EsriSixDegreeZone21 =
        """PROJCS["CGCS2000_GK_Zone_21",""" + EsriCgcs2000
        + """,PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",21500000.0],PARAMETER["False_Northing",0.0],"""
        + """PARAMETER["Central_Meridian",123.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    // ETRS89 shares CGCS2000's ellipsoid (GRS 1980) but is another datum.
    private const string EsriEtrs89 =
        """GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],""" + EsriGeographicTail;

    // OGC WKT1 without AUTHORITY, as hand-made or older tools write it: recognised by its parameters.
    private const string OgcCgcs2000 =
        """GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],"""
        + """PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]""";

    public static TheoryData<string, string> RecognisedTexts => new()
    {
        { EsriCm123, "EPSG:4550" },
        { EsriZone41, "EPSG:4529" },
        { EsriCm117TransverseMercator, "EPSG:4548" },
        { EsriWgs84, "CRS84" },
        { EsriCgcs2000, "EPSG:4490" },
        { OgcCgcs2000, "EPSG:4490" },
        { EsriWebMercator, "EPSG:3857" },
        { "  " + EsriCm123 + "\r\n", "EPSG:4550" },
        { "\uFEFF" + EsriZone41, "EPSG:4529" },
        { "EPSG:4529", "EPSG:4529" },
        { "urn:ogc:def:crs:EPSG::4550", "EPSG:4550" },
        { "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "CRS84" },
        { "gcj02", "GCJ-02" },
    };

    public static TheoryData<string> UnrecognisedTexts => new()
    {
        EsriXian1980Cm123,
        EsriBeijing1954,
        EsriUtm51,
        EsriSixDegreeZone21,
        EsriEtrs89,
        EsriCm123.Replace("\"False_Easting\",500000.0", "\"False_Easting\",40500000.0", StringComparison.Ordinal),
        EsriCm123.Replace("\"Scale_Factor\",1.0", "\"Scale_Factor\",0.9999", StringComparison.Ordinal),
        EsriCm123.Replace("\"Central_Meridian\",123.0", "\"Central_Meridian\",123.5", StringComparison.Ordinal),
        EsriCm123.Replace("UNIT[\"Meter\",1.0]", "UNIT[\"Foot_US\",0.3048006096012192]", StringComparison.Ordinal),
        EsriCm123[..^20],
        "EPSG:2384",
        "PROJCS",
        "CGCS2000_3_Degree_GK_CM_123E",
        "",
        "   ",
    };

    public static TheoryData<string, string> GdalCodes => new()
    {
        { "EPSG:4326", "CRS84" },
        { "EPSG:4490", "EPSG:4490" },
        { "EPSG:3857", "EPSG:3857" },
        { "EPSG:4513", "EPSG:4513" },
        { "EPSG:4529", "EPSG:4529" },
        { "EPSG:4533", "EPSG:4533" },
        { "EPSG:4534", "EPSG:4534" },
        { "EPSG:4550", "EPSG:4550" },
        { "EPSG:4554", "EPSG:4554" },
        // A 6-degree CM 117E is the very projection of the 3-degree CM 117E (same meridian, easting, scale), so the
        // coordinates read the same; only 6-degree zones with the zone number in the easting differ.
        { "EPSG:4509", "EPSG:4548" },
    };

    public static TheoryData<string> GdalUnrecognisedCodes => new()
    {
        "EPSG:4214",
        "EPSG:4610",
        "EPSG:2384",
        "EPSG:2437",
        "EPSG:32651",
        "EPSG:4499",
        "EPSG:4258",
        "EPSG:3395",
    };

    [Theory]
    [MemberData(nameof(RecognisedTexts))]
    public void Recognises_codes_and_prj_texts(string stated, string code)
    {
        Assert.True(CrsRegistry.TryRecognize(stated, out var crs), CrsRegistry.Describe(stated));

        Assert.Equal(code, crs.Code);
        Assert.False(crs.LatitudeFirst);
    }

    [Fact]
    public void A_prj_of_the_metric_crs_gives_the_registered_instance()
    {
        Assert.True(CrsRegistry.TryRecognize(EsriCm123, out var crs));

        Assert.Same(CrsRegistry.Cgcs2000Gk123, crs);
    }

    [Theory]
    [InlineData("EPSG:4326")]
    [InlineData("urn:ogc:def:crs:EPSG::4326")]
    [InlineData("EPSG:4490")]
    public void Geographic_codes_come_back_longitude_first_as_files_store_them(string code)
    {
        Assert.True(CrsRegistry.TryFind(code, out var authority));
        Assert.True(CrsRegistry.TryRecognize(code, out var stored));

        Assert.True(authority.LatitudeFirst);
        Assert.False(stored.LatitudeFirst);
        Assert.Equal(authority.Srid, stored.Srid);
        Assert.Equal((123.4, 41.8), new CrsTransform(stored, CrsRegistry.Crs84).Apply(123.4, 41.8));
    }

    [Theory]
    [MemberData(nameof(UnrecognisedTexts))]
    public void Does_not_recognise_other_datums_projections_or_broken_text(string stated) =>
        Assert.False(CrsRegistry.TryRecognize(stated, out _));

    [SkippableTheory]
    [MemberData(nameof(GdalCodes))]
    public async Task Recognises_the_wkt1_and_esri_wkt_gdal_writes(string srs, string code)
    {
        foreach (var format in new[] { "wkt1", "wkt_esri" })
        {
            var wkt = await Gdal.SrsInfoAsync(srs, format);

            Assert.True(CrsRegistry.TryRecognize(wkt, out var crs), $"{format} of {srs}: {CrsRegistry.Describe(wkt)}");
            Assert.Equal(code, crs.Code);
        }
    }

    [SkippableTheory]
    [InlineData("EPSG:4529", "EPSG:4529")]
    [InlineData("EPSG:4326", "CRS84")]
    public async Task Recognises_wkt2_by_its_epsg_id(string srs, string code)
    {
        var wkt = await Gdal.SrsInfoAsync(srs, "wkt2");

        Assert.True(CrsRegistry.TryRecognize(wkt, out var crs), CrsRegistry.Describe(wkt));
        Assert.Equal(code, crs.Code);
    }

    [SkippableTheory]
    [MemberData(nameof(GdalUnrecognisedCodes))]
    public async Task Does_not_recognise_gdal_wkt_of_other_crss(string srs)
    {
        foreach (var format in new[] { "wkt1", "wkt_esri" })
        {
            var wkt = await Gdal.SrsInfoAsync(srs, format);

            Assert.False(CrsRegistry.TryRecognize(wkt, out var crs), $"{format} of {srs} read as {crs?.Code}");
        }
    }

    [Fact]
    public void Describes_an_unrecognised_prj_by_name_projection_and_datum()
    {
        var description = CrsRegistry.Describe(EsriXian1980Cm123);

        Assert.Equal(
            "PROJCS \"Xian_1980_3_Degree_GK_CM_123E\" (Gauss_Kruger, central meridian 123, false easting 500000, scale factor 1, "
            + "datum D_Xian_1980, ellipsoid Xian_1980 a=6378140 1/f=298.257)",
            description);
    }

    [Fact]
    public void Describes_geographic_wkt_and_its_authority()
    {
        const string beijing = """GEOGCS["Beijing 1954",DATUM["Beijing_1954",SPHEROID["Krassowsky 1940",6378245,298.3]],"""
            + """PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4214"]]""";

        Assert.Equal(
            "GEOGCS \"Beijing 1954\" [EPSG:4214] (datum Beijing_1954, ellipsoid Krassowsky 1940 a=6378245 1/f=298.3)",
            CrsRegistry.Describe(beijing));
    }

    [Theory]
    [InlineData("EPSG:4529", "EPSG:4529 (CGCS2000 / 3-degree Gauss-Kruger zone 41)")]
    [InlineData("urn:ogc:def:crs:EPSG::2384", "EPSG:2384")]
    [InlineData("", "no CRS (the text is empty)")]
    [InlineData("Gauss Kruger 123", "text that is neither a CRS code nor readable WKT: \"Gauss Kruger 123\"")]
    public void Describes_codes_and_unreadable_text(string stated, string description) =>
        Assert.Equal(description, CrsRegistry.Describe(stated));

    [Fact]
    public void Describes_truncated_wkt_by_its_start()
    {
        var description = CrsRegistry.Describe(EsriCm123[..^20]);

        Assert.StartsWith("text that is neither a CRS code nor readable WKT: \"PROJCS[\"CGCS2000_3_Degree_GK_CM_123E\"", description);
        Assert.EndsWith("…\"", description);
    }
}
