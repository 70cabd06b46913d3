using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Testing;

namespace GeoPlan.Storage.Tests;

/// <summary>The bundled geodata written to a fresh GeoPackage file.</summary>
public sealed class GeoPackageFixture : IStoreFixture, IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public GeoPackageFixture()
    {
        Assert.True(BundledGeodata.Result.IsValid, string.Join("\n", BundledGeodata.Result.Problems));
        Dataset = BundledGeodata.Result.Dataset;
        Path = _directory.File("geoplan.gpkg");
        GeoPackageWriter.Write(Dataset, Path);
        Store = new GeoPackageFeatureStore(Path);
    }

    public string Path { get; }

    public IFeatureStore Store { get; }

    public PlanDataset Dataset { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
