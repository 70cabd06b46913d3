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
    /// <remarks>Indicator values recorded in an existing file (through the API, not bundled) are kept, after the bundled ones, which
    /// geodata replaces, and so are its access tokens and its audit trail of edits and imports, to which the build adds an import of each
    /// collection; everything else starts from geodata again.</remarks>
    /// <returns>The problems found; empty when the file was written.</returns>
    /// <exception cref="InvalidOperationException">The existing file's recorded values, tokens or audit trail cannot be read.</exception>
    public static IReadOnlyList<GeodataProblem> FromGeodata(GeodataDirectory geodata, string path)
    {
        var read = GeodataReader.Read(geodata);
        if (read.IsValid)
        {
            GeoPackageWriter.Write(
                read.Dataset, path, IndicatorActualRows.ReadRecorded(path), AccessTokenRows.ReadKept(path), FeatureAuditRows.ReadKept(path));
        }

        return read.Problems;
    }

    /// <summary>Opens the embedded store at <paramref name="path"/>, building it from <paramref name="geodata"/> first when it is
    /// missing or older than its sources, as the server does on start.</summary>
    /// <param name="geodata">The sources, or null to open the file as it is.</param>
    /// <param name="path">The GeoPackage file.</param>
    /// <param name="access">Whether the store may write.</param>
    /// <param name="building">Called before a build, to say one is under way.</param>
    /// <exception cref="InvalidOperationException">geodata has problems, or there is no file and nothing to build it from.</exception>
    public static GeoPackageFeatureStore OpenCurrent(GeodataDirectory? geodata, string path, GeoPackageAccess access, Action? building = null)
    {
        if (geodata is not null && IsStale(geodata, path))
        {
            building?.Invoke();
            var problems = FromGeodata(geodata, path);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException(
                    $"geodata has {problems.Count} problem(s), so the store was not built; run 'geoplan validate'. First: {problems[0]}");
            }
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"the GeoPackage '{path}' does not exist and there is no geodata/ to build it from");
        }

        return new GeoPackageFeatureStore(path, access);
    }
}
