using GeoPlan.Testing;
using Microsoft.AspNetCore.Hosting;

namespace GeoPlan.Server.Tests.Operations;

/// <summary>The service on the bundled data with some settings changed, e.g. small limits.</summary>
internal sealed class ConfiguredApp(params (string Key, string Value)[] settings) : GeoPlanApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
