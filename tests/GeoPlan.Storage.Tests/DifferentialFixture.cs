using GeoPlan.Core.Model;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;

namespace GeoPlan.Storage.Tests;

/// <summary>The bundled geodata plus 100,000 generated plots, written once to a GeoPackage and once to PostGIS.</summary>
public sealed class DifferentialFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private TemporaryDatabase? _database;

    /// <summary>What both stores hold.</summary>
    public PlanDataset Dataset { get; } = GeneratedLayer.Create(100_000, 2023).AddTo(BundledGeodata.Result.Dataset);

    public GeoPackageFeatureStore? GeoPackage { get; private set; }

    public PostGisFeatureStore? PostGis { get; private set; }

    public TemporaryDatabase? Database => _database;

    public async Task InitializeAsync()
    {
        if (TestPostGis.ConnectionString is not { } server)
        {
            return;
        }

        _database = await TemporaryDatabase.CreateAsync(server);
        var path = _directory.File("differential.gpkg");
        // The two writes are independent; doing them at once halves the fixture's time on two cores.
        await Task.WhenAll(Task.Run(() => GeoPackageWriter.Write(Dataset, path)), PostGisLoader.LoadAsync(_database.DataSource, Dataset));
        GeoPackage = new GeoPackageFeatureStore(path);
        PostGis = new PostGisFeatureStore(_database.DataSource);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
