using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;

namespace GeoPlan.Storage.Tests;

/// <summary>The bundled geodata loaded into a fresh PostGIS database on the GEOPLAN_TEST_PG server; without one, its tests skip.</summary>
public sealed class PostGisFixture : IStoreFixture, IAsyncLifetime
{
    private TemporaryDatabase? _database;
    private PostGisFeatureStore? _store;

    public PlanDataset Dataset
    {
        get
        {
            TestPostGis.Require();
            return BundledGeodata.Result.Dataset;
        }
    }

    public IFeatureStore Store
    {
        get
        {
            TestPostGis.Require();
            return _store!;
        }
    }

    /// <summary>The loaded database.</summary>
    public TemporaryDatabase Database
    {
        get
        {
            TestPostGis.Require();
            return _database!;
        }
    }

    public async Task InitializeAsync()
    {
        if (TestPostGis.ConnectionString is not { } server)
        {
            return;
        }

        Assert.True(BundledGeodata.Result.IsValid, string.Join("\n", BundledGeodata.Result.Problems));
        _database = await TemporaryDatabase.CreateAsync(server);
        await PostGisLoader.LoadAsync(_database.DataSource, BundledGeodata.Result.Dataset);
        _store = new PostGisFeatureStore(_database.DataSource);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
