using System.Collections.Concurrent;
using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage;

/// <summary>The layers of a store held in memory as <see cref="FeatureIndex"/>es, each loaded at its first scan and dropped by
/// <see cref="Forget"/>; layers larger than a budget are always scanned in the store.</summary>
/// <remarks>Map tiles scan small areas over and over: answering those scans from memory spares the store a query each. Whoever caches
/// what it makes from these scans calls <see cref="Forget"/> for each store change before dropping its own entries, so nothing made
/// after the change comes from data before it.</remarks>
public sealed class FeatureIndexCache
{
    /// <summary>The largest layer, in features, held in memory; larger ones are scanned in the store.</summary>
    public const long MaxFeatures = 500_000;

    private readonly IFeatureStore _store;
    private readonly ConcurrentDictionary<string, Lazy<Task<FeatureIndex>>> _layers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _generation;

    /// <summary>A cache over <paramref name="store"/>.</summary>
    public FeatureIndexCache(IFeatureStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>The features of <paramref name="layer"/> as <see cref="IFeatureStore.ScanAsync"/> gives them: from memory when the layer fits
    /// the budget, otherwise from the store.</summary>
    public async Task<List<PlanFeature>> ScanAsync(LayerInfo layer, BoundingBox? bbox, ScenarioYear? scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer.FeatureCount > MaxFeatures)
        {
            return await _store.ScanAsync(layer.Id, bbox, scenario, cancellationToken).ToListAsync(cancellationToken);
        }

        return (await IndexAsync(layer.Id)).Scan(bbox, scenario);
    }

    private async Task<FeatureIndex> IndexAsync(string layerId)
    {
        long generation;
        Lazy<Task<FeatureIndex>> entry;
        lock (_gate)
        {
            generation = _generation;
            // A load is shared by every scan that waits for it, and runs to its end whichever of them is cancelled.
            entry = _layers.GetOrAdd(layerId, id => new Lazy<Task<FeatureIndex>>(() => FeatureIndex.LoadAsync(_store, id, CancellationToken.None)));
        }

        try
        {
            return await entry.Value;
        }
        catch
        {
            _layers.TryRemove(KeyValuePair.Create(layerId, entry));
            throw;
        }
        finally
        {
            // An index loaded across a change may hold what the change replaced: it answers the scans that waited, and no later one.
            lock (_gate)
            {
                if (generation != _generation)
                {
                    _layers.TryRemove(KeyValuePair.Create(layerId, entry));
                }
            }
        }
    }

    /// <summary>Drops the layers <paramref name="change"/> touched (every layer when it names none); scans load them again.</summary>
    public void Forget(FeatureChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            _generation++;
            if (change.Collection is { } collection)
            {
                _layers.TryRemove(collection, out _);
            }
            else
            {
                _layers.Clear();
            }
        }
    }
}
