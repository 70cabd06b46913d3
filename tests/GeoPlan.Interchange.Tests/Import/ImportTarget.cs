using GeoPlan.Core.Model;
using GeoPlan.Interchange.Import;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Testing;

namespace GeoPlan.Interchange.Tests.Import;

/// <summary>A fresh embedded store holding the bundled geodata, open for writing, with a directory for the files a test imports.</summary>
internal sealed class ImportTarget : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public ImportTarget()
    {
        var path = _directory.File("geoplan.gpkg");
        GeoPackageWriter.Write(BundledGeodata.Result.Dataset, path);
        Store = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite);
        Importer = new FeatureImporter(Store, Store);
    }

    public GeoPackageFeatureStore Store { get; }

    public FeatureImporter Importer { get; }

    /// <summary>A path for a file of the test's own.</summary>
    public string File(string name) => _directory.File(name);

    /// <summary>Imports <paramref name="path"/> into <paramref name="collection"/> with the defaults a planner's file usually needs.</summary>
    public Task<ImportReport> ImportAsync(string path, string collection, Func<ImportRequest, ImportRequest>? adjust = null)
    {
        var request = new ImportRequest { Path = path, Collection = collection, Status = FeatureStatus.Operating, AccuracyM = 5 };
        return Importer.ImportAsync(adjust?.Invoke(request) ?? request);
    }

    /// <summary>Every feature of a collection, in id order.</summary>
    public async Task<List<PlanFeature>> FeaturesAsync(string collection) => await Store.ScanAsync(collection, null, null).ToListAsync();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
