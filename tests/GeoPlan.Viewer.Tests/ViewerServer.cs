using GeoPlan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoPlan.Viewer.Tests;

/// <summary>The real service on the bundled data, listening on a loopback port for the browser, with a store of its own.</summary>
public sealed class ViewerServer : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory _directory = new();

    public ViewerServer()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>The base address the server listens on, e.g. http://127.0.0.1:43121/.</summary>
    public Uri Address => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GeoPlan:Geodata", BundledGeodata.Directory.Path);
        builder.UseSetting("GeoPlan:GeoPackage", _directory.File("geoplan.gpkg"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
