using GeoPlan.Core.Model;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;

namespace GeoPlan.Storage.Tests;

/// <summary>The bundled geodata loaded once into a PostGIS database, copied for each test into a database of its own; without a
/// GEOPLAN_TEST_PG server, its tests skip.</summary>
public sealed class PostGisWriterFixture : IWriterFixture, IAsyncLifetime
{
    private TemporaryDatabase? _template;

    public PlanDataset Dataset
    {
        get
        {
            TestPostGis.Require();
            return BundledGeodata.Result.Dataset;
        }
    }

    public async Task<IWritableStore> CreateStoreAsync()
    {
        TestPostGis.Require();
        return new PostGisWritableStore(await _template!.CopyAsync());
    }

    public async Task InitializeAsync()
    {
        if (TestPostGis.ConnectionString is not { } server)
        {
            return;
        }

        Assert.True(BundledGeodata.Result.IsValid, string.Join("\n", BundledGeodata.Result.Problems));
        _template = await TemporaryDatabase.CreateAsync(server);
        await PostGisLoader.LoadAsync(_template.DataSource, BundledGeodata.Result.Dataset);
    }

    public async Task DisposeAsync()
    {
        if (_template is not null)
        {
            await _template.DisposeAsync();
        }
    }
}
