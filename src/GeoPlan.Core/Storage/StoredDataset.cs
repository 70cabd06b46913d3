using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage;

/// <summary>Reads everything a store holds back into a <see cref="PlanDataset"/>, to copy one store into another.</summary>
public static class StoredDataset
{
    /// <summary>All layers, their features page by page, the task tree and the indicators.</summary>
    public static async Task<PlanDataset> ReadAsync(IFeatureStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var layers = await store.GetLayersAsync(cancellationToken);
        var features = new List<PlanFeature>();
        foreach (var layer in layers)
        {
            for (long offset = 0; offset < layer.FeatureCount; offset += FeatureQuery.MaxLimit)
            {
                var page = await store.QueryAsync(new FeatureQuery(layer.Id, null, [], FeatureQuery.MaxLimit, offset), cancellationToken);
                features.AddRange(page.Features);
            }
        }

        return new PlanDataset(layers, features, await store.GetTasksAsync(cancellationToken), await store.GetIndicatorsAsync(cancellationToken));
    }
}
