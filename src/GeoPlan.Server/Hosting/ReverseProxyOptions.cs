using System.Net;

namespace GeoPlan.Server.Hosting;

/// <summary>The <c>GeoPlan:ReverseProxy</c> configuration section: the proxies in front of the service whose <c>X-Forwarded-For</c>,
/// <c>-Proto</c> and <c>-Host</c> it believes, so that per-client limits count the real client and links name the public address.</summary>
public sealed class ReverseProxyOptions : ICheckedOptions
{
    /// <summary>The section's name in configuration.</summary>
    public const string Section = "GeoPlan:ReverseProxy";

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>; empty by default: no forwarded header is believed.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. <c>10.0.0.0/24</c>; empty by default.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Whether any proxy is configured.</summary>
    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <inheritdoc />
    public string? Problem() => Parsed().Problem;

    /// <summary>The proxies and networks as addresses, and what is wrong with the first entry that is not one.</summary>
    public (List<IPAddress> Proxies, List<IPNetwork> Networks, string? Problem) Parsed()
    {
        var proxies = new List<IPAddress>();
        var networks = new List<IPNetwork>();
        for (var i = 0; i < KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(KnownProxies[i].Trim(), out var address))
            {
                return (proxies, networks, $"{Section}:KnownProxies:{i} is '{KnownProxies[i]}', which is not an IP address; " +
                    "give the proxy's address as it connects to the service, e.g. 10.0.0.5 or ::1");
            }

            proxies.Add(address);
        }

        for (var i = 0; i < KnownNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(KnownNetworks[i].Trim(), out var network))
            {
                return (proxies, networks, $"{Section}:KnownNetworks:{i} is '{KnownNetworks[i]}', which is not a network; " +
                    "give it in CIDR notation, e.g. 10.0.0.0/24");
            }

            networks.Add(network);
        }

        return (proxies, networks, null);
    }
}
