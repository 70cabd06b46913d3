using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>Reads from a store the layers a commute query needs: the network's (roads from chosen collections, rail lines and
/// stations) and the census units'.</summary>
/// <param name="roadCollections">The collections whose lines are the road network, e.g. the bundled <c>roads</c> or an
/// imported OpenStreetMap network.</param>
public sealed class CommuteData(IReadOnlyList<string> roadCollections)
{
    /// <summary>The road collection used unless another is chosen: the bundled <c>roads</c>.</summary>
    public const string DefaultRoads = "roads";

    private const string RailLines = "rail_lines";
    private const string RailStations = "rail_stations";
    private const string MetroCities = "metro_cities";
    private const string Districts = "districts";

    /// <summary>The collections whose lines are the road network.</summary>
    public IReadOnlyList<string> RoadCollections { get; } = roadCollections;

    /// <summary>True when a change to <paramref name="collection"/> changes the network.</summary>
    public bool BuildsNetworkFrom(string collection) => RoadCollections.Contains(collection) || collection is RailLines or RailStations;

    /// <summary>True when a change to <paramref name="collection"/> changes coverage.</summary>
    public static bool MeasuresCoverageFrom(string collection) => collection is MetroCities or Districts;

    /// <summary>Roads, rail lines and stations of every scenario (the network builder picks a year's); a missing layer reads as empty.</summary>
    public async Task<NetworkLayers> ReadNetworkLayersAsync(IFeatureStore store, CancellationToken ct)
    {
        var roads = new List<PlanFeature>();
        foreach (var collection in RoadCollections)
        {
            roads.AddRange(await ReadAsync(store, collection, ct));
        }

        return new NetworkLayers(roads, await ReadAsync(store, RailLines, ct), await ReadAsync(store, RailStations, ct));
    }

    /// <summary>A coverage calculator over the metropolitan cities and Shenyang's districts.</summary>
    public static async Task<CoverageCalculator> ReadCoverageAsync(IFeatureStore store, CancellationToken ct) =>
        CoverageCalculator.FromLayers(await ReadAsync(store, MetroCities, ct), await ReadAsync(store, Districts, ct));

    private static async Task<IReadOnlyList<PlanFeature>> ReadAsync(IFeatureStore store, string layer, CancellationToken ct) =>
        await LayerFeatures.ReadAsync(store, layer, ct) ?? [];
}
