using GeoPlan.Testing;
using Microsoft.AspNetCore.Hosting;

namespace GeoPlan.Server.Tests.Editing;

/// <summary>The service on the bundled data with feature edits allowed.</summary>
internal sealed class FeatureWritingApp(string geoPackage) : GeoPlanApp(BundledGeodata.Directory.Path, geoPackage)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GeoPlan:AllowFeatureWrites", "true");
    }
}
