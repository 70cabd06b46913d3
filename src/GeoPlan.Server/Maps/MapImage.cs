using GeoPlan.Core.Storage;
using GeoPlan.Rendering;

namespace GeoPlan.Server.Maps;

/// <summary>Draws a <see cref="MapRequest"/> as PNG: reads its features, then renders them in the requested layer order.</summary>
internal static class MapImage
{
    public static async Task<byte[]> RenderPngAsync(MapRequest request, IFeatureStore store, MapRenderer renderer, CancellationToken ct)
    {
        var features = await MapFeatures.ReadAsync(store, request, ct);
        var layers = (await store.GetLayersAsync(ct)).ToDictionary(l => l.Id, StringComparer.Ordinal);
        var ordered = new MapRenderer(LayerOrderStyle.For(renderer.Style, request.Layers.Select(id => layers[id])), renderer.LabelFont);
        return ordered.RenderPng(features, request.Viewport, request.Language);
    }
}
