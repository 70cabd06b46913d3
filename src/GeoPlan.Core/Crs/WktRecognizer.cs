using System.Globalization;
using System.Text;

namespace GeoPlan.Core.Crs;

/// <summary>Finds the registered CRS a WKT1 or ESRI WKT text describes, by its EPSG authority or else by its parameters.</summary>
/// <remarks>
/// Names are never enough on their own: a geodetic frame counts as WGS 84 or CGCS2000 only when its datum is named so
/// (in any of the spellings EPSG, GDAL and ArcGIS use, or by EPSG datum code) and its ellipsoid, prime meridian, angle
/// unit and TOWGS84 agree; ETRS89 or NAD83 share CGCS2000's ellipsoid but not its datum, and Beijing 1954 or Xian 1980
/// projections share the Gauss-Kruger parameters but not the datum.
/// </remarks>
internal static class WktRecognizer
{
    private const double Wgs84InverseFlattening = 298.257223563;
    private const double Cgcs2000InverseFlattening = 298.257222101;
    private const double SemiMajorAxis = 6378137;
    private const double Degree = 0.0174532925199433;

    private enum Frame
    {
        None,
        Wgs84,
        Cgcs2000,
        WebMercatorSphere,
    }

    /// <summary>The registered CRS, easting (longitude) first, that <paramref name="root"/> describes.</summary>
    public static bool TryRecognize(WktNode root, out CrsDefinition crs)
    {
        // An EPSG code GeoPlan does not register may still name a CRS with the same parameters as one it does
        // (a 6-degree Gauss-Kruger CM 123E is the 3-degree CM 123E), so an unknown code falls through to the parameters.
        if (EpsgCode(root) is { } code && CrsRegistry.TryFind($"EPSG:{code}", out var registered))
        {
            crs = CrsRegistry.EastingFirst(registered);
            return true;
        }

        var found = root.Keyword.ToUpperInvariant() switch
        {
            "GEOGCS" => FrameOf(root) switch
            {
                Frame.Wgs84 => CrsRegistry.Crs84,
                Frame.Cgcs2000 => CrsRegistry.Cgcs2000LonLat,
                _ => null,
            },
            "PROJCS" => Projected(root),
            _ => null,
        };
        crs = found!;
        return found is not null;
    }

    /// <summary>What <paramref name="root"/> states, in a few words fit for an error message.</summary>
    public static string Describe(WktNode root)
    {
        var text = new StringBuilder($"{root.Keyword} \"{root.Name}\"");
        if (EpsgCode(root) is { } code)
        {
            text.Append($" [EPSG:{code}]");
        }

        var details = new List<string>();
        if (root.Child("PROJECTION") is { } projection)
        {
            details.Add(projection.Name ?? "unnamed projection");
            AddParameter(details, root, "central meridian", "centralmeridian");
            AddParameter(details, root, "false easting", "falseeasting");
            AddParameter(details, root, "scale factor", "scalefactor");
        }

        var geographic = root.Keyword.Equals("GEOGCS", StringComparison.OrdinalIgnoreCase) ? root : root.Child("GEOGCS");
        if (geographic?.Child("DATUM") is { } datum)
        {
            details.Add($"datum {datum.Name}");
            if ((datum.Child("SPHEROID") ?? datum.Child("ELLIPSOID")) is { } spheroid)
            {
                details.Add($"ellipsoid {spheroid.Name} a={Format(spheroid.Number(1))} 1/f={Format(spheroid.Number(2))}");
            }
        }

        if (details.Count > 0)
        {
            text.Append($" ({string.Join(", ", details)})");
        }

        return text.ToString();
    }

    private static void AddParameter(List<string> details, WktNode projected, string label, string key)
    {
        if (Parameter(projected, key) is { } value)
        {
            details.Add($"{label} {Format(value)}");
        }
    }

    private static string Format(double? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? "?";

    private static CrsDefinition? Projected(WktNode root)
    {
        var frame = root.Child("GEOGCS") is { } geographic ? FrameOf(geographic) : Frame.None;
        if (frame == Frame.None || root.Child("UNIT")?.Number(1) is not { } metres || !Near(metres, 1, 1e-12))
        {
            return null;
        }

        var centralMeridian = Parameter(root, "centralmeridian");
        var falseEasting = Parameter(root, "falseeasting");
        var originAndFalseNorthingZero = Near(Parameter(root, "latitudeoforigin") ?? 0, 0, 1e-12)
            && Near(Parameter(root, "falsenorthing") ?? 0, 0, 1e-6);
        var unitScale = Near(Parameter(root, "scalefactor") ?? 1, 1, 1e-12);
        if (centralMeridian is null || falseEasting is null || !originAndFalseNorthingZero || !unitScale)
        {
            return null;
        }

        return Normalized(root.Child("PROJECTION")?.Name) switch
        {
            "transversemercator" or "gausskruger"
                when frame == Frame.Cgcs2000 && Cgcs2000GaussKruger.TryCode(centralMeridian.Value, falseEasting.Value, out var code)
                => CrsRegistry.TryFind($"EPSG:{code}", out var zone) ? zone : null,
            var method when IsWebMercator(root, frame, method) && Near(centralMeridian.Value, 0, 1e-12) && Near(falseEasting.Value, 0, 1e-6)
                => CrsRegistry.WebMercator,
            _ => null,
        };
    }

    // Web Mercator is Mercator computed on a sphere of radius 6378137 m over WGS 84 longitudes and latitudes. WKT1 says so in
    // several ways: ESRI's auxiliary sphere (type 0: the semi-major axis), EPSG's method name, or a spherical Mercator
    // (the sphere in the SPHEROID, or in GDAL's PROJ4 extension on a WGS 84 GEOGCS).
    private static bool IsWebMercator(WktNode root, Frame frame, string? method)
    {
        var onEquator = Near(Parameter(root, "standardparallel1") ?? 0, 0, 1e-12);
        return onEquator && method switch
        {
            "mercatorauxiliarysphere" => frame == Frame.Wgs84 && (Parameter(root, "auxiliaryspheretype") ?? 0) == 0,
            "popularvisualisationpseudomercator" or "pseudomercator" => frame == Frame.Wgs84,
            "mercator1sp" or "mercator2sp" or "mercator" =>
                frame == Frame.WebMercatorSphere || (frame == Frame.Wgs84 && HasWebMercatorProj4(root)),
            _ => false,
        };
    }

    private static bool HasWebMercatorProj4(WktNode root)
    {
        var proj4 = root.Children("EXTENSION").FirstOrDefault(e => "PROJ4".Equals(e.Name, StringComparison.OrdinalIgnoreCase));
        if (proj4 is null || proj4.Values.Count < 2 || proj4.Values[1] is not string definition)
        {
            return false;
        }

        var terms = definition.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return ProjTerm(terms, "+a") is { } a && Near(a, SemiMajorAxis, 1e-6)
            && ProjTerm(terms, "+b") is { } b && Near(b, SemiMajorAxis, 1e-6);
    }

    private static double? ProjTerm(string[] terms, string name) =>
        terms.Select(t => t.Split('=', 2))
            .Where(kv => kv.Length == 2 && kv[0] == name)
            .Select(kv => double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null)
            .FirstOrDefault();

    private static Frame FrameOf(WktNode geographic)
    {
        switch (EpsgCode(geographic))
        {
            case 4326:
                return Frame.Wgs84;
            case 4490:
                return Frame.Cgcs2000;
        }

        var datum = geographic.Child("DATUM");
        var spheroid = datum?.Child("SPHEROID") ?? datum?.Child("ELLIPSOID");
        if (datum is null || spheroid?.Number(1) is not { } a || spheroid.Number(2) is not { } inverseFlattening
            || !Near(geographic.Child("PRIMEM")?.Number(1) ?? 0, 0, 1e-12)
            || geographic.Child("UNIT")?.Number(1) is not { } unit || !Near(unit, Degree, 1e-15)
            || (datum.Child("TOWGS84") is { } shift && shift.Values.OfType<double>().Any(v => v != 0)))
        {
            return Frame.None;
        }

        if (!Near(a, SemiMajorAxis, 1e-6))
        {
            return Frame.None;
        }

        if (inverseFlattening == 0)
        {
            return Frame.WebMercatorSphere;
        }

        return DatumName(datum) switch
        {
            "wgs84" when Near(inverseFlattening, Wgs84InverseFlattening, 1e-8) => Frame.Wgs84,
            "cgcs2000" when Near(inverseFlattening, Cgcs2000InverseFlattening, 1e-8) => Frame.Cgcs2000,
            _ => Frame.None,
        };
    }

    // The datum spellings of EPSG (WKT1 "WGS_1984", "China_2000"), ESRI ("D_WGS_1984", "D_China_2000") and WKT2 or
    // hand-written texts ("World Geodetic System 1984", "China Geodetic Coordinate System 2000", "CGCS2000").
    private static string? DatumName(WktNode datum)
    {
        switch (EpsgCode(datum))
        {
            case 6326:
                return "wgs84";
            case 1043:
                return "cgcs2000";
        }

        var name = Normalized(datum.Name) ?? "";
        if (name.StartsWith('d') && (datum.Name ?? "").StartsWith("D_", StringComparison.OrdinalIgnoreCase))
        {
            name = name[1..];
        }

        return name switch
        {
            "wgs1984" or "wgs84" or "worldgeodeticsystem1984" => "wgs84",
            "china2000" or "cgcs2000" or "chinageodeticcoordinatesystem2000" => "cgcs2000",
            _ => null,
        };
    }

    private static double? Parameter(WktNode projected, string key) =>
        projected.Children("PARAMETER").FirstOrDefault(p => Normalized(p.Name) == key)?.Number(1);

    private static int? EpsgCode(WktNode node)
    {
        var authority = node.Child("AUTHORITY") ?? node.Child("ID");
        return "EPSG".Equals(authority?.Name, StringComparison.OrdinalIgnoreCase) && authority!.Number(1) is { } code
            && code == Math.Floor(code) && code is > 0 and < int.MaxValue
            ? (int)code
            : null;
    }

    // Lower case letters and digits only: "Gauss_Kruger", "Gauss-Kruger" and "gauss kruger" read alike.
    private static string? Normalized(string? name) =>
        name is null ? null : new string([.. name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static bool Near(double value, double expected, double tolerance) => Math.Abs(value - expected) <= tolerance;
}
