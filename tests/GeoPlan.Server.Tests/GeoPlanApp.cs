using GeoPlan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoPlan.Server.Tests;

/// <summary>The real service on the bundled data, with its embedded store built into a temporary file.</summary>
public class GeoPlanApp : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory _directory = new();
    private readonly string _geodata;
    private readonly string _geoPackage;

    /// <summary>The service on the bundled geodata with a store of its own.</summary>
    public GeoPlanApp()
        : this(BundledGeodata.Directory.Path, null)
    {
    }

    /// <summary>The service on the given geodata and store file.</summary>
    internal GeoPlanApp(string geodata, string? geoPackage)
    {
        _geodata = geodata;
        _geoPackage = geoPackage ?? _directory.File("geoplan.gpkg");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GeoPlan:Geodata", _geodata);
        builder.UseSetting("GeoPlan:GeoPackage", _geoPackage);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}

/// <summary>The same service listening on a real loopback port, for external clients such as GDAL.</summary>
public sealed class GeoPlanKestrelApp : GeoPlanApp
{
    public GeoPlanKestrelApp()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>The base address the server listens on, e.g. http://127.0.0.1:43121.</summary>
    public Uri Address => ClientOptions.BaseAddress;
}
