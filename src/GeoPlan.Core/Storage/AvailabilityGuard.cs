using System.Runtime.CompilerServices;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage.Editing;

namespace GeoPlan.Core.Storage;

/// <summary>Wraps a store so that its backend's connection failures surface as <see cref="StoreUnavailableException"/>.</summary>
/// <param name="inner">The store to guard.</param>
/// <param name="describeUnavailable">A sentence saying why the backend cannot answer, or null for failures that are not about reaching it.</param>
public sealed class AvailabilityGuard(IFeatureStore inner, Func<Exception, string?> describeUnavailable) : IFeatureStore, IFeatureWriter, IIndicatorActualWriter,
    IFeatureEditor
{
    /// <inheritdoc />
    public event EventHandler<FeatureChange>? Changed
    {
        add => inner.Changed += value;
        remove => inner.Changed -= value;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LayerInfo>> GetLayersAsync(CancellationToken cancellationToken = default) =>
        Guard(() => inner.GetLayersAsync(cancellationToken));

    /// <inheritdoc />
    public Task<LayerInfo?> GetLayerAsync(string layerId, CancellationToken cancellationToken = default) =>
        Guard(() => inner.GetLayerAsync(layerId, cancellationToken));

    /// <inheritdoc />
    public Task<FeaturePage> QueryAsync(FeatureQuery query, CancellationToken cancellationToken = default) =>
        Guard(() => inner.QueryAsync(query, cancellationToken));

    /// <inheritdoc />
    public async IAsyncEnumerable<PlanFeature> ScanAsync(
        string layerId, BoundingBox? bbox, ScenarioYear? scenario, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The backend may fail at any row, so every step is guarded, not only the first.
        await using var features = inner.ScanAsync(layerId, bbox, scenario, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (await Guard(async () => await features.MoveNextAsync()))
        {
            yield return features.Current;
        }
    }

    /// <inheritdoc />
    public Task<PlanFeature?> GetFeatureAsync(string layerId, string featureId, CancellationToken cancellationToken = default) =>
        Guard(() => inner.GetFeatureAsync(layerId, featureId, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<PlanFeature>> GetFeaturesByIdAsync(IReadOnlyList<string> featureIds, CancellationToken cancellationToken = default) =>
        Guard(() => inner.GetFeaturesByIdAsync(featureIds, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<PlanTask>> GetTasksAsync(CancellationToken cancellationToken = default) =>
        Guard(() => inner.GetTasksAsync(cancellationToken));

    /// <inheritdoc />
    public Task<PlanTask?> GetTaskAsync(string taskId, CancellationToken cancellationToken = default) =>
        Guard(() => inner.GetTaskAsync(taskId, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<PlanTask>> GetTasksNamingAsync(string featureId, CancellationToken cancellationToken = default) =>
        Guard(() => inner.GetTasksNamingAsync(featureId, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default) =>
        Guard(() => inner.GetIndicatorsAsync(cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<IndicatorActualRecord>> GetIndicatorActualsAsync(CancellationToken cancellationToken = default) =>
        Guard(() => inner.GetIndicatorActualsAsync(cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<IndicatorActualRecord>> GetIndicatorActualHistoryAsync(int indicatorId, CancellationToken cancellationToken = default) =>
        Guard(() => inner.GetIndicatorActualHistoryAsync(indicatorId, cancellationToken));

    /// <inheritdoc />
    public Task CheckAvailableAsync(CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            await inner.CheckAvailableAsync(cancellationToken);
            return true;
        });

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The guarded store does not write.</exception>
    public Task<long> WriteLayerAsync(LayerInfo layer, ImportMode mode, IAsyncEnumerable<PlanFeature> features, CancellationToken cancellationToken = default) =>
        inner is IFeatureWriter writer
            ? Guard(() => writer.WriteLayerAsync(layer, mode, features, cancellationToken))
            : throw new NotSupportedException("the guarded store does not write");

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The guarded store does not write.</exception>
    public Task<long> WriteLayerAsync(
        LayerInfo layer, ImportMode mode, IAsyncEnumerable<PlanFeature> features, string editor, CancellationToken cancellationToken = default) =>
        inner is IFeatureWriter writer
            ? Guard(() => writer.WriteLayerAsync(layer, mode, features, editor, cancellationToken))
            : throw new NotSupportedException("the guarded store does not write");

    /// <inheritdoc />
    public Task<VersionedFeature?> GetVersionedAsync(string collection, string featureId, CancellationToken cancellationToken = default) =>
        Guard(() => Editor.GetVersionedAsync(collection, featureId, cancellationToken));

    /// <inheritdoc />
    public Task<long> CreateAsync(PlanFeature feature, string editor, CancellationToken cancellationToken = default) =>
        Guard(() => Editor.CreateAsync(feature, editor, cancellationToken));

    /// <inheritdoc />
    public Task<long> ReplaceAsync(
        PlanFeature feature, long expectedVersion, AuditOperation operation, string editor, CancellationToken cancellationToken = default) =>
        Guard(() => Editor.ReplaceAsync(feature, expectedVersion, operation, editor, cancellationToken));

    /// <inheritdoc />
    public Task<long> DeleteAsync(string collection, string featureId, long expectedVersion, string editor, CancellationToken cancellationToken = default) =>
        Guard(() => Editor.DeleteAsync(collection, featureId, expectedVersion, editor, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<FeatureAuditRecord>> GetHistoryAsync(string collection, string featureId, CancellationToken cancellationToken = default) =>
        Guard(() => Editor.GetHistoryAsync(collection, featureId, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<FeatureAuditRecord>> GetChangesAfterAsync(
        string collection, DateTimeOffset time, CancellationToken cancellationToken = default) =>
        Guard(() => Editor.GetChangesAfterAsync(collection, time, cancellationToken));

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The guarded store does not record actual values.</exception>
    public Task<IndicatorActualRecord> RecordAsync(IndicatorActual actual, string recordedBy, CancellationToken cancellationToken = default) =>
        inner is IIndicatorActualWriter writer
            ? Guard(() => writer.RecordAsync(actual, recordedBy, cancellationToken))
            : throw new NotSupportedException("the guarded store does not record indicator actual values");

    private IFeatureEditor Editor =>
        inner as IFeatureEditor ?? throw new NotSupportedException("the guarded store does not edit single features");

    private Task<T> Guard<T>(Func<Task<T>> call) => StoreUnavailableException.TranslateAsync(call, describeUnavailable);
}
