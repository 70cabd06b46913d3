using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;

namespace GeoPlan.Server.Hosting;

/// <summary>The store's layers, read once and again only after the store announces a change: a cached tile or a map then
/// costs no query for them.</summary>
public sealed class LayerCatalog : IDisposable
{
    private readonly IFeatureStore _store;
    private readonly Lock _gate = new();
    private IReadOnlyList<LayerInfo>? _layers;
    private long _generation;

    /// <summary>A catalogue of <paramref name="store"/>'s layers that forgets them on each change the store raises.</summary>
    public LayerCatalog(IFeatureStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _store.Changed += OnChanged;
    }

    /// <summary>Every layer in display order.</summary>
    public async Task<IReadOnlyList<LayerInfo>> GetLayersAsync(CancellationToken ct)
    {
        long generation;
        lock (_gate)
        {
            if (_layers is { } known)
            {
                return known;
            }

            generation = _generation;
        }

        var layers = await _store.GetLayersAsync(ct);
        lock (_gate)
        {
            // Layers read while a change was being announced may predate it: they answer this request but are not kept.
            if (generation == _generation)
            {
                _layers = layers;
            }
        }

        return layers;
    }

    /// <summary>One layer, or null when there is none with that id.</summary>
    public async Task<LayerInfo?> GetLayerAsync(string layerId, CancellationToken ct) =>
        (await GetLayersAsync(ct)).FirstOrDefault(l => l.Id == layerId);

    /// <inheritdoc />
    public void Dispose() => _store.Changed -= OnChanged;

    private void OnChanged(object? sender, FeatureChange change)
    {
        lock (_gate)
        {
            _generation++;
            _layers = null;
        }
    }
}
