using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage;

/// <summary>Reads everything a store holds back into a <see cref="PlanDataset"/>, to copy one store into another.</summary>
public static class StoredDataset
{
    /// <summary>All layers, their features page by page, the task tree, the indicators and their bundled actual values.</summary>
    /// <remarks>Values recorded in the store through the API are not part of a dataset: they stay in the store they were recorded in.</remarks>
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

        var indicators = await store.GetIndicatorsAsync(cancellationToken);
        var actuals = new List<IndicatorActual>();
        foreach (var indicator in indicators)
        {
            var history = await store.GetIndicatorActualHistoryAsync(indicator.Id, cancellationToken);
            actuals.AddRange(history.Where(r => r.RecordedBy == IndicatorActualRecord.Bundled).Select(r => r.Actual));
        }

        return new PlanDataset(layers, features, await store.GetTasksAsync(cancellationToken), indicators) { Actuals = actuals };
    }
}
