using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Tiles;
using GeoPlan.Server.Http;
using Microsoft.Extensions.Caching.Memory;

namespace GeoPlan.Server.Tiles;

/// <summary>Makes the vector tiles of a tileset from the store's layers (held in memory when small enough), one MVT layer per collection,
/// and keeps the ones made.</summary>
public sealed class VectorTiles(FeatureIndexCache store, TileCache cache)
{
    /// <summary>The MVT media type.</summary>
    public const string MediaType = "application/vnd.mapbox-vector-tile";

    /// <summary>A tile of <paramref name="tileset"/> with the features of <paramref name="scenario"/> (all when null); null when it is empty.</summary>
    public async Task<CachedContent?> GetAsync(Tileset tileset, TileAddress tile, ScenarioYear? scenario, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tileset);
        var key = new TileKey(tileset.Id, scenario?.Year, tile);
        if (cache.TryGet(key, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var content = await MakeAsync(tileset, tile, scenario, ct);
        cache.Add(key, content, generation);
        return content;
    }

    private async Task<CachedContent?> MakeAsync(Tileset tileset, TileAddress tile, ScenarioYear? scenario, CancellationToken ct)
    {
        var builder = new VectorTileBuilder(tile);
        var bounds = builder.Options.QueryBounds(tile);
        if (!BoundingBox.TryCreate(bounds.MinX, Math.Max(bounds.MinY, -90), bounds.MaxX, Math.Min(bounds.MaxY, 90), out var bbox, out var error))
        {
            throw new InvalidOperationException($"tile {tile} has no valid longitude/latitude box: {error}");
        }

        var written = 0;
        foreach (var layer in tileset.Layers)
        {
            var fields = TileFields.Of(layer);
            var features = await store.ScanAsync(layer, bbox, scenario, ct);
            written += builder.AddLayer(layer.Id, features.Select(f => new TileFeature(f.Geometry, Properties(f, fields))));
        }

        return written == 0 ? null : CachedContent.Of(builder.ToArray(), MediaType);
    }

    private static IEnumerable<KeyValuePair<string, object?>> Properties(PlanFeature feature, IReadOnlyList<FieldInfo> fields) =>
        fields.Select(f => KeyValuePair.Create(f.Name, f.Name == TileFields.Id ? feature.Id : FeatureColumns.ValueOf(feature, f.Name)));
}
