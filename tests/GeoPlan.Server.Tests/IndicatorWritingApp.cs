using GeoPlan.Testing;
using Microsoft.AspNetCore.Hosting;

namespace GeoPlan.Server.Tests;

/// <summary>The service on the bundled data with indicator writes allowed (<c>GeoPlan:AllowIndicatorWrites</c>).</summary>
internal sealed class IndicatorWritingApp(string geoPackage) : GeoPlanApp(BundledGeodata.Directory.Path, geoPackage)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GeoPlan:AllowIndicatorWrites", "true");
    }
}
