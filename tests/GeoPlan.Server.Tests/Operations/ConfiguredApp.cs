using GeoPlan.Testing;
using Microsoft.AspNetCore.Hosting;

namespace GeoPlan.Server.Tests.Operations;

/// <summary>The service on the bundled data with some settings changed, e.g. small limits.</summary>
internal sealed class ConfiguredApp(params (string Key, string Value)[] settings) : GeoPlanApp
{
    /// <summary>Starts the service on a real loopback port (Kestrel), for what only a real server does, and returns a client of it.</summary>
    public HttpClient Listen()
    {
        UseKestrel(0);
        StartServer();
        return new HttpClient { BaseAddress = ClientOptions.BaseAddress };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
