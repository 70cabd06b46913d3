using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>Reads from a store the layers a commute query needs: the network's and the census units'.</summary>
public static class CommuteData
{
    /// <summary>The collections the network is built from.</summary>
    public static IReadOnlyList<string> NetworkCollections { get; } = ["roads", "rail_lines", "rail_stations"];

    /// <summary>The collections coverage is measured against.</summary>
    public static IReadOnlyList<string> CoverageCollections { get; } = ["metro_cities", "districts"];

    /// <summary>Roads, rail lines and stations, every scenario's (the network builder picks a year's); a missing layer reads as empty.</summary>
    public static async Task<NetworkLayers> ReadNetworkLayersAsync(IFeatureStore store, CancellationToken ct) => new(
        await ReadAsync(store, "roads", ct), await ReadAsync(store, "rail_lines", ct), await ReadAsync(store, "rail_stations", ct));

    /// <summary>A coverage calculator over the metropolitan cities and Shenyang's districts.</summary>
    public static async Task<CoverageCalculator> ReadCoverageAsync(IFeatureStore store, CancellationToken ct) =>
        CoverageCalculator.FromLayers(await ReadAsync(store, "metro_cities", ct), await ReadAsync(store, "districts", ct));

    private static async Task<IReadOnlyList<PlanFeature>> ReadAsync(IFeatureStore store, string layer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (await store.GetLayerAsync(layer, ct) is null)
        {
            return [];
        }

        var features = new List<PlanFeature>();
        await foreach (var feature in store.ScanAsync(layer, null, null, ct))
        {
            features.Add(feature);
        }

        return features;
    }
}
