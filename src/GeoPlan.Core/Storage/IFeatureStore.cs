using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage;

/// <summary>The contract every GeoPlan store meets: layers, features, the plan's tasks and indicators.</summary>
/// <remarks>Features are always returned in ascending ordinal order of their id, so paging is stable.</remarks>
public interface IFeatureStore
{
    /// <summary>Raised after a change is committed, by whatever process made it, so caches drop what it touched.</summary>
    event EventHandler<FeatureChange>? Changed;

    /// <summary>All layers in display order.</summary>
    Task<IReadOnlyList<LayerInfo>> GetLayersAsync(CancellationToken cancellationToken = default);

    /// <summary>One layer, or null when there is none with that id.</summary>
    Task<LayerInfo?> GetLayerAsync(string layerId, CancellationToken cancellationToken = default);

    /// <summary>A page of a layer's features; the layer must exist.</summary>
    Task<FeaturePage> QueryAsync(FeatureQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every feature of a layer that intersects a box (all when null) and exists in a scenario (all when null), read as it is
    /// consumed, for answers that need all of them, such as a map or a tile; the layer must exist.</summary>
    IAsyncEnumerable<PlanFeature> ScanAsync(string layerId, BoundingBox? bbox, ScenarioYear? scenario, CancellationToken cancellationToken = default);

    /// <summary>One feature of a layer, or null when the layer has none with that id.</summary>
    Task<PlanFeature?> GetFeatureAsync(string layerId, string featureId, CancellationToken cancellationToken = default);

    /// <summary>Features by id from any layer, in the order asked; ids that resolve to nothing are left out.</summary>
    Task<IReadOnlyList<PlanFeature>> GetFeaturesByIdAsync(IReadOnlyList<string> featureIds, CancellationToken cancellationToken = default);

    /// <summary>The whole task tree in document order.</summary>
    Task<IReadOnlyList<PlanTask>> GetTasksAsync(CancellationToken cancellationToken = default);

    /// <summary>One task, or null.</summary>
    Task<PlanTask?> GetTaskAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>The tasks whose text names a feature, in document order.</summary>
    Task<IReadOnlyList<PlanTask>> GetTasksNamingAsync(string featureId, CancellationToken cancellationToken = default);

    /// <summary>The 34 indicators in table order.</summary>
    Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default);

    /// <summary>The current actual value of each indicator and year, the latest record of each, ordered by indicator and year.</summary>
    Task<IReadOnlyList<IndicatorActualRecord>> GetIndicatorActualsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every value recorded for an indicator, oldest first (by <see cref="IndicatorActualRecord.Sequence"/>); empty when none
    /// was, or when there is no such indicator.</summary>
    Task<IReadOnlyList<IndicatorActualRecord>> GetIndicatorActualHistoryAsync(int indicatorId, CancellationToken cancellationToken = default);

    /// <summary>Completes when the backend answers a query now; throws <see cref="StoreUnavailableException"/> when it cannot.</summary>
    Task CheckAvailableAsync(CancellationToken cancellationToken = default) => GetIndicatorsAsync(cancellationToken);
}
