using GeoPlan.Core.Crs;
using GeoPlan.Interchange.Reading;

namespace GeoPlan.Interchange.Import;

/// <summary>Decides the CRS of a file's coordinates: the one the user names, else the one the file states, else the one its format implies.</summary>
/// <remarks>Never a guess: a file that states no CRS in a format that implies none, or states one GeoPlan does not know, is a problem.</remarks>
public static class ImportCrs
{
    private const string Supported =
        "supported are CRS84, EPSG:4326, EPSG:3857, EPSG:4490, the CGCS2000 3-degree Gauss-Krüger zones EPSG:4513-4554, GCJ-02 and BD-09";

    /// <summary>The CRS and a phrase saying how it was decided, or null and the problem to report.</summary>
    public static (CrsDefinition? Crs, string Decision) Decide(string? requested, IFeatureSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (requested is not null)
        {
            return CrsRegistry.TryRecognize(requested, out var named)
                ? (named, $"{Name(named)} (as requested)")
                : (null, $"--crs '{requested}' is not a CRS GeoPlan knows; {Supported}");
        }

        if (source.DeclaredCrs is { } stated)
        {
            return CrsRegistry.TryRecognize(stated, out var declared)
                ? (declared, $"{Name(declared)} (as the file states)")
                : (null, $"the file states its CRS as {CrsRegistry.Describe(stated)}, which GeoPlan does not know; {Supported}. " +
                    "If the coordinates are in one of those, say which with --crs");
        }

        if (source.ImpliedCrs is { } implied && CrsRegistry.TryRecognize(implied, out var byFormat))
        {
            return (byFormat, $"{Name(byFormat)} (the {source.Format} default; the file states none)");
        }

        return (null, $"the file does not state its CRS and {source.Format} has no default; name it with --crs, e.g. EPSG:4326 for " +
            "longitude/latitude, EPSG:4550 for CGCS2000 Gauss-Krüger CM 123E, GCJ-02 for coordinates taken from Gaode or Tencent maps");
    }

    private static string Name(CrsDefinition crs) => crs.Code == crs.Name ? crs.Code : $"{crs.Code} {crs.Name}";
}
