using GeoPlan.Core.Storage;
using GeoPlan.Core.Tiles;
using GeoPlan.Server.Http;
using GeoPlan.Server.Observability;
using Microsoft.Extensions.Caching.Memory;

namespace GeoPlan.Server.Tiles;

/// <summary>Tiles already made, within a memory budget, empty ones included; a store change drops exactly the tiles whose area it touched.</summary>
public sealed class TileCache : IDisposable
{
    /// <summary>How many bytes of tiles are kept at most.</summary>
    public const long Budget = 256L * 1024 * 1024;

    // What an empty tile costs to keep: its key and entry.
    private const int EmptyTileSize = 128;

    private readonly MemoryCache _tiles = new(new MemoryCacheOptions { SizeLimit = Budget });
    private readonly Lock _gate = new();
    private readonly IFeatureStore _store;
    private readonly FeatureIndexCache _features;
    private readonly ServerMetrics _metrics;
    private long _generation;

    /// <summary>A cache that listens to <paramref name="store"/>'s changes, for tiles made from <paramref name="features"/>, counting its
    /// hits and misses in <paramref name="metrics"/>.</summary>
    public TileCache(IFeatureStore store, FeatureIndexCache features, ServerMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(metrics);
        _store = store;
        _features = features;
        _metrics = metrics;
        _store.Changed += OnChanged;
    }

    /// <summary>Counts the changes heard; a tile made from data read before a change is not kept after it.</summary>
    public long Generation
    {
        get
        {
            lock (_gate)
            {
                return _generation;
            }
        }
    }

    /// <summary>How many tiles are kept now.</summary>
    public int Count => _tiles.Count;

    /// <summary>A tile made before: its content, or null for an empty tile.</summary>
    public bool TryGet(TileKey key, out CachedContent? content)
    {
        if (_tiles.TryGetValue(key, out Entry? entry) && entry is not null)
        {
            _metrics.TileLookedUp(hit: true);
            content = entry.Content;
            return true;
        }

        _metrics.TileLookedUp(hit: false);
        content = null;
        return false;
    }

    /// <summary>Keeps a tile made from data read in <paramref name="generation"/>, unless a change has been heard since.</summary>
    public void Add(TileKey key, CachedContent? content, long generation)
    {
        lock (_gate)
        {
            if (generation == _generation)
            {
                _tiles.Set(key, new Entry(content), new MemoryCacheEntryOptions { Size = content?.Bytes.Length ?? EmptyTileSize });
            }
        }
    }

    /// <summary>Drops every tile, at every zoom and scenario, whose area (with its buffer) <paramref name="change"/> may have touched:
    /// the changed collection's tiles and the combined tileset's.</summary>
    public void Invalidate(FeatureChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            _generation++;
            if (change.Collection is null && change.IsAnywhere)
            {
                _tiles.Clear();
                return;
            }

            foreach (var key in _tiles.Keys.OfType<TileKey>().Where(k => Touches(change, k)).ToList())
            {
                _tiles.Remove(key);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _store.Changed -= OnChanged;
        _tiles.Dispose();
    }

    private static bool Touches(FeatureChange change, TileKey key)
    {
        var area = TileOptions.Default.QueryBounds(key.Tile);
        return key.Tileset == Tileset.CombinedId
            ? change.Touches(change.Collection ?? Tileset.CombinedId, area)
            : change.Touches(key.Tileset, area);
    }

    // The features first: a tile made between the two steps then comes from data after the change.
    private void OnChanged(object? sender, FeatureChange change)
    {
        _features.Forget(change);
        Invalidate(change);
    }

    private sealed record Entry(CachedContent? Content);
}
