using GeoPlan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoPlan.Viewer.Tests;

/// <summary>The real service on the bundled data, listening on a loopback port for the browser, with a store of its own.</summary>
public sealed class ViewerServer : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory _directory = new();
    private readonly IReadOnlyDictionary<string, string> _settings;

    public ViewerServer()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>The service with extra configuration, e.g. <c>GeoPlan:Viewer:BackgroundTiles</c>.</summary>
    internal ViewerServer(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        UseKestrel(0);
        try
        {
            StartServer();
        }
        catch
        {
            // A service that refuses to start still leaves its temporary store behind.
            Dispose();
            throw;
        }
    }

    /// <summary>The base address the server listens on, e.g. http://127.0.0.1:43121/.</summary>
    public Uri Address => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GeoPlan:Geodata", BundledGeodata.Directory.Path);
        builder.UseSetting("GeoPlan:GeoPackage", _directory.File("geoplan.gpkg"));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
