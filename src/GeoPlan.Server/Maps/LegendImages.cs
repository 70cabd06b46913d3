using System.Buffers.Binary;
using System.Collections.Concurrent;
using GeoPlan.Core.Styling;
using GeoPlan.Rendering;

namespace GeoPlan.Server.Maps;

/// <summary>Legend PNGs drawn once per layer, language and background and kept: the style they show never changes while the service runs.</summary>
public sealed class LegendImages(MapRenderer maps, LegendRenderer legends)
{
    private readonly ConcurrentDictionary<(string? Layer, MapLanguage Language, bool Transparent), LegendImage> _images = new();

    /// <summary>The legend of one styled layer, or of every layer when <paramref name="layerId"/> is null.</summary>
    public LegendImage For(string? layerId, MapLanguage language, bool transparent) =>
        _images.GetOrAdd((layerId, language, transparent), key => Draw(key.Layer, key.Language, key.Transparent));

    private LegendImage Draw(string? layerId, MapLanguage language, bool transparent)
    {
        var style = maps.Style;
        var legend = layerId is null
            ? MapLegend.ForAllLayers(style)
            : style.Find(layerId) is { } layer ? MapLegend.ForLayer(style, layer) : new MapLegend([]);
        var png = legends.RenderPng(legend, language, transparent);
        // A PNG starts with its 8-byte signature and the IHDR chunk, whose first fields are width and height.
        return new LegendImage(png, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}

/// <summary>A legend as PNG bytes with its size in pixels.</summary>
/// <param name="Png">The image.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record LegendImage(byte[] Png, int Width, int Height);
