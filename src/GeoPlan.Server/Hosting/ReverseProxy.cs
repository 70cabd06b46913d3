using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Hosting;

/// <summary>Believes the forwarded headers of the proxies <see cref="ReverseProxyOptions"/> names, and no one else's.</summary>
public static class ReverseProxy
{
    /// <summary>Binds <c>GeoPlan:ReverseProxy</c>, checked at start-up so that a mistyped address stops the service naming it.</summary>
    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReverseProxyOptions>()
            .Bind(configuration.GetSection(ReverseProxyOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReverseProxyOptions>, CheckedOptionsValidation<ReverseProxyOptions>>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxy) =>
        {
            var (proxies, networks, _) = proxy.Value.Parsed();
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Only what is configured: ASP.NET Core would otherwise believe any caller on the loopback interface.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            proxies.ForEach(forwarded.KnownProxies.Add);
            networks.ForEach(forwarded.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>Takes the client's address, scheme and host from the forwarded headers of a configured proxy; use it first.</summary>
    /// <remarks>Without a configured proxy the middleware stays out: with no known proxy it would believe every caller. The section is
    /// read here without its check, which stops the service as it starts.</remarks>
    public static IApplicationBuilder UseReverseProxy(this IApplicationBuilder app)
    {
        var section = app.ApplicationServices.GetRequiredService<IConfiguration>().GetSection(ReverseProxyOptions.Section);
        return section.Get<ReverseProxyOptions>()?.IsConfigured == true ? app.UseForwardedHeaders() : app;
    }
}
