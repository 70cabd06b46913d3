using System.Diagnostics.Metrics;

namespace GeoPlan.Server.Observability;

/// <summary>The service's own instruments: tile cache lookups and store errors, on the <see cref="MeterName"/> meter.</summary>
public sealed class ServerMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "GeoPlan.Server";

    /// <summary>The counter of tile cache lookups, tagged <c>result</c> = hit or miss.</summary>
    public const string TileCacheLookups = "geoplan.tile_cache.lookups";

    /// <summary>The counter of requests that found the store unavailable.</summary>
    public const string StoreErrors = "geoplan.store.errors";

    private static readonly KeyValuePair<string, object?> Hit = new("result", "hit");
    private static readonly KeyValuePair<string, object?> Miss = new("result", "miss");

    private readonly Counter<long> _tileCacheLookups;
    private readonly Counter<long> _storeErrors;

    /// <summary>The instruments, on a meter of <paramref name="meters"/> (one per service, so two services in a process count apart).</summary>
    public ServerMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _tileCacheLookups = meter.CreateCounter<long>(TileCacheLookups, description: "Tile cache lookups, by result (hit or miss)");
        _storeErrors = meter.CreateCounter<long>(StoreErrors, description: "Requests that found the data store unavailable");
    }

    /// <summary>Counts one tile cache lookup.</summary>
    public void TileLookedUp(bool hit) => _tileCacheLookups.Add(1, hit ? Hit : Miss);

    /// <summary>Counts one request that found the store unavailable.</summary>
    public void StoreFailed() => _storeErrors.Add(1);
}
