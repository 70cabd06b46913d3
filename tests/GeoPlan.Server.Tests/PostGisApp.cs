using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoPlan.Server.Tests;

/// <summary>The real service on the PostGIS store: a fresh database on the test server, loaded with the bundled data.</summary>
public sealed class PostGisApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TemporaryDatabase? _database;

    /// <summary>The database the service reads.</summary>
    public TemporaryDatabase Database => _database ?? throw new InvalidOperationException("PostGIS is not available");

    public async Task InitializeAsync()
    {
        if (TestPostGis.ConnectionString is { } server)
        {
            _database = await TemporaryDatabase.CreateAsync(server);
            await PostGisLoader.LoadAsync(_database.DataSource, BundledGeodata.Result.Dataset);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GeoPlan:Store", "postgis");
        builder.UseSetting("ConnectionStrings:GeoPlan", Database.ConnectionString);
    }
}
