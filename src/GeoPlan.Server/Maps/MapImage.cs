using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Rendering;

namespace GeoPlan.Server.Maps;

/// <summary>Draws a <see cref="MapRequest"/> as PNG: reads its features, then renders them in the requested layer order.</summary>
internal static class MapImage
{
    /// <summary>The PNG; <paramref name="layers"/> are the store's layers, among them every layer the request names.</summary>
    public static async Task<byte[]> RenderPngAsync(
        MapRequest request, IReadOnlyList<LayerInfo> layers, IFeatureStore store, MapRenderer renderer, CancellationToken ct)
    {
        var features = await MapFeatures.ReadAsync(store, request, ct);
        var byId = layers.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var ordered = new MapRenderer(LayerOrderStyle.For(renderer.Style, request.Layers.Select(id => byId[id])), renderer.LabelFont);
        return ordered.RenderPng(features, request.Viewport, request.Language);
    }
}
