using GeoPlan.Core.Model;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Testing;

namespace GeoPlan.Storage.Tests;

/// <summary>The bundled geodata written once to a GeoPackage file, copied for each test into a file of its own.</summary>
public sealed class GeoPackageWriterFixture : IWriterFixture, IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly string _template;

    public GeoPackageWriterFixture()
    {
        Assert.True(BundledGeodata.Result.IsValid, string.Join("\n", BundledGeodata.Result.Problems));
        Dataset = BundledGeodata.Result.Dataset;
        _template = _directory.File("template.gpkg");
        GeoPackageWriter.Write(Dataset, _template);
    }

    public PlanDataset Dataset { get; }

    public Task<IWritableStore> CreateStoreAsync() => Task.FromResult<IWritableStore>(GeoPackageWritableStore.CopyOf(_template));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
