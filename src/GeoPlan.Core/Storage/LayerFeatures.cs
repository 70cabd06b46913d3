using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage;

/// <summary>Reads a whole layer into memory, for computations that need all of its features at once (a network, a coverage).</summary>
public static class LayerFeatures
{
    /// <summary>Every feature of <paramref name="layer"/> in every scenario, or null when the store has no such layer.</summary>
    public static async Task<IReadOnlyList<PlanFeature>?> ReadAsync(IFeatureStore store, string layer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (await store.GetLayerAsync(layer, ct) is null)
        {
            return null;
        }

        var features = new List<PlanFeature>();
        await foreach (var feature in store.ScanAsync(layer, null, null, ct))
        {
            features.Add(feature);
        }

        return features;
    }
}
