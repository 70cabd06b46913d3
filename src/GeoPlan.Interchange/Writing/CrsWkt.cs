using System.Globalization;
using System.Text;
using GeoPlan.Core.Crs;
using ProjNet.CoordinateSystems;

namespace GeoPlan.Interchange.Writing;

/// <summary>WKT 1 of a registered CRS in the dialects files carry: OGC (GeoPackage's gpkg_spatial_ref_sys) and Esri (a .prj).</summary>
/// <remarks>
/// Written from the ProjNET definition rather than copied from it: ProjNET puts UNIT before PROJECTION and a null TOWGS84 in
/// CGCS2000, which GDAL then reads as a bound CRS of low confidence. The Esri names follow Esri's own (as PROJ's database lists them,
/// e.g. <c>CGCS2000_3_Degree_GK_CM_123E</c>): GDAL and ArcGIS recognise a .prj by them, and parameters alone cannot tell EPSG:4550
/// from EPSG:4510, which share every parameter.
/// </remarks>
internal static class CrsWkt
{
    /// <summary>The GeoPackage 1.3 definition of EPSG:4326, which the specification prescribes word for word.</summary>
    public const string GeoPackageWgs84 =
        """GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],""" +
        """AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],""" +
        """UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],""" +
        """AUTHORITY["EPSG","4326"]]""";

    /// <summary>OGC WKT 1 with the CRS's authority code.</summary>
    public static string Ogc(ExportCrs crs)
    {
        var (organization, code) = crs.Authority;
        var authority = $"""AUTHORITY["{organization}","{code}"]""";
        return crs.Definition.System switch
        {
            GeographicCoordinateSystem geographic => OgcGeographic(geographic, authority),
            ProjectedCoordinateSystem projected => OgcProjected(projected, authority),
            var other => throw new NotSupportedException($"{crs.Definition.Code} is a {other.GetType().Name}, which has no WKT 1 here"),
        };
    }

    /// <summary>Esri WKT 1, as a .prj file holds it.</summary>
    public static string Esri(ExportCrs crs) => crs.Definition.System switch
    {
        GeographicCoordinateSystem geographic => EsriGeographic(geographic),
        ProjectedCoordinateSystem projected => EsriProjected(projected),
        var other => throw new NotSupportedException($"{crs.Definition.Code} is a {other.GetType().Name}, which has no .prj form here"),
    };

    private static string OgcGeographic(GeographicCoordinateSystem gcs, string? authority)
    {
        var datum = gcs.HorizontalDatum;
        var ellipsoid = datum.Ellipsoid;
        var text = new StringBuilder()
            .Append($"""GEOGCS["{gcs.Name}",DATUM["{WktDatumName(datum.Name)}",SPHEROID["{ellipsoid.Name}",""")
            .Append(Number(ellipsoid.SemiMajorAxis)).Append(',').Append(Number(ellipsoid.InverseFlattening)).Append("]],")
            .Append($"""PRIMEM["{gcs.PrimeMeridian.Name}",{Number(gcs.PrimeMeridian.Longitude)}],""")
            .Append($"""UNIT["degree",{Number(gcs.AngularUnit.RadiansPerUnit)}]""");
        if (authority is not null)
        {
            text.Append(',').Append(authority);
        }

        return text.Append(']').ToString();
    }

    private static string OgcProjected(ProjectedCoordinateSystem pcs, string authority)
    {
        var text = new StringBuilder()
            .Append($"""PROJCS["{pcs.Name}",""").Append(OgcGeographic(pcs.GeographicCoordinateSystem, null))
            .Append($""",PROJECTION["{pcs.Projection.ClassName}"]""");
        foreach (var (name, value) in Parameters(pcs))
        {
            text.Append($""",PARAMETER["{name}",{Number(value)}]""");
        }

        return text.Append($""",UNIT["metre",{Number(pcs.LinearUnit.MetersPerUnit)}],{authority}]""").ToString();
    }

    private static string EsriGeographic(GeographicCoordinateSystem gcs)
    {
        var datum = gcs.HorizontalDatum;
        var ellipsoid = datum.Ellipsoid;
        return new StringBuilder()
            .Append($"""GEOGCS["GCS_{EsriName(gcs.Name)}",DATUM["D_{WktDatumName(datum.Name)}",SPHEROID["{EsriName(ellipsoid.Name)}",""")
            .Append(EsriNumber(ellipsoid.SemiMajorAxis)).Append(',').Append(EsriNumber(ellipsoid.InverseFlattening)).Append("]],")
            .Append($"""PRIMEM["{gcs.PrimeMeridian.Name}",{EsriNumber(gcs.PrimeMeridian.Longitude)}],""")
            .Append($"""UNIT["Degree",{EsriNumber(gcs.AngularUnit.RadiansPerUnit)}]]""")
            .ToString();
    }

    private static string EsriProjected(ProjectedCoordinateSystem pcs)
    {
        var parameters = Parameters(pcs).ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
        string name;
        string projection;
        IEnumerable<(string Name, double Value)> esriParameters;
        if (pcs.Projection.ClassName.Contains("Pseudo-Mercator", StringComparison.OrdinalIgnoreCase))
        {
            // Esri's Web Mercator: a Mercator on the sphere of the semi-major axis.
            name = "WGS_1984_Web_Mercator_Auxiliary_Sphere";
            projection = "Mercator_Auxiliary_Sphere";
            esriParameters =
            [
                ("False_Easting", parameters.GetValueOrDefault("false_easting")),
                ("False_Northing", parameters.GetValueOrDefault("false_northing")),
                ("Central_Meridian", parameters.GetValueOrDefault("central_meridian")),
                ("Standard_Parallel_1", parameters.GetValueOrDefault("latitude_of_origin")),
                ("Auxiliary_Sphere_Type", 0),
            ];
        }
        else
        {
            name = EsriName(pcs.Name);
            var gaussKruger = name.Contains("_GK_", StringComparison.Ordinal) &&
                pcs.Projection.ClassName.Equals("Transverse_Mercator", StringComparison.OrdinalIgnoreCase);
            projection = gaussKruger
                ? "Gauss_Kruger"
                : TitleCase(pcs.Projection.ClassName);
            esriParameters = Parameters(pcs).Select(p => (TitleCase(p.Name), p.Value));
        }

        var text = new StringBuilder()
            .Append($"""PROJCS["{name}",""").Append(EsriGeographic(pcs.GeographicCoordinateSystem))
            .Append($""",PROJECTION["{projection}"]""");
        foreach (var (parameter, value) in esriParameters)
        {
            text.Append($""",PARAMETER["{parameter}",{EsriNumber(value)}]""");
        }

        return text.Append($""",UNIT["Meter",{EsriNumber(pcs.LinearUnit.MetersPerUnit)}]]""").ToString();
    }

    private static IEnumerable<(string Name, double Value)> Parameters(ProjectedCoordinateSystem pcs)
    {
        for (var i = 0; i < pcs.Projection.NumParameters; i++)
        {
            var parameter = pcs.Projection.GetParameter(i);
            yield return (parameter.Name, parameter.Value);
        }
    }

    // EPSG names as Esri spells them: "CGCS2000 / 3-degree Gauss-Kruger CM 123E" is CGCS2000_3_Degree_GK_CM_123E,
    // "WGS 84 / UTM zone 51N" WGS_1984_UTM_Zone_51N, "China Geodetic Coordinate System 2000" China_Geodetic_Coordinate_System_2000.
    private static string EsriName(string name)
    {
        var text = new StringBuilder(name)
            .Replace("WGS 84", "WGS_1984")
            .Replace(" / ", "_")
            .Replace("-degree", "_Degree")
            .Replace("Gauss-Kruger", "GK")
            .Replace(" zone ", " Zone ")
            .Replace(' ', '_')
            .Replace('-', '_')
            .ToString();
        return text;
    }

    // Both dialects name the WGS 84 datum WGS_1984 (ProjNET: "World Geodetic System 1984"); other datum names are kept, spaces joined.
    private static string WktDatumName(string name) =>
        name is "World Geodetic System 1984" or "WGS 84" or "WGS_1984" ? "WGS_1984" : name.Replace(' ', '_');

    private static string TitleCase(string name) =>
        string.Join('_', name.Split('_', ' ').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // Esri writes whole numbers with one decimal: 6378137.0, 0.0.
    private static string EsriNumber(double value)
    {
        var text = Number(value);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
