using GeoPlan.Geodata;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>Builds the embedded GeoPackage from geodata/, and tells when an existing one is older than its sources.</summary>
public static class GeoPackageBuild
{
    /// <summary>Where the embedded store lives by default: <c>data/geoplan.gpkg</c> beside the geodata directory.</summary>
    public static string DefaultPath(GeodataDirectory geodata) =>
        Path.GetFullPath(Path.Combine(geodata.Path, "..", "data", "geoplan.gpkg"));

    /// <summary>True when the file is missing or any geodata source changed after it was written.</summary>
    public static bool IsStale(GeodataDirectory geodata, string path) =>
        !File.Exists(path) || File.GetLastWriteTimeUtc(path) < geodata.LastWriteTimeUtc();

    /// <summary>Reads and validates geodata/, then writes the GeoPackage; nothing is written when the data has problems.</summary>
    /// <returns>The problems found; empty when the file was written.</returns>
    public static IReadOnlyList<GeodataProblem> FromGeodata(GeodataDirectory geodata, string path)
    {
        var read = GeodataReader.Read(geodata);
        if (read.IsValid)
        {
            GeoPackageWriter.Write(read.Dataset, path);
        }

        return read.Problems;
    }
}
