using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace GeoPlan.Rendering;

/// <summary>Draws plan features as a PNG map in the <see cref="PlanStyle"/> the MapLibre style document also draws.</summary>
/// <remarks>Holds no state between maps, so one renderer serves concurrent requests.</remarks>
/// <param name="style">The style every map is drawn in.</param>
/// <param name="labelFont">The typeface labels are written in.</param>
public sealed class MapRenderer(PlanStyle style, LabelFont labelFont)
{
    /// <summary>A renderer that writes labels in <see cref="LabelFont.Default"/>.</summary>
    public MapRenderer(PlanStyle style)
        : this(style, LabelFont.Default)
    {
    }

    /// <summary>The style maps are drawn in.</summary>
    public PlanStyle Style { get; } = style ?? throw new ArgumentNullException(nameof(style));

    /// <summary>The typeface labels are written in.</summary>
    public LabelFont LabelFont { get; } = labelFont ?? throw new ArgumentNullException(nameof(labelFont));

    /// <summary>Draws the map and returns it as PNG bytes.</summary>
    /// <param name="features">The features by layer id, already narrowed to the view; layers the style lacks are not drawn.</param>
    /// <param name="viewport">The extent, CRS, size and background.</param>
    /// <param name="language">The language of the labels.</param>
    public byte[] RenderPng(ILookup<string, PlanFeature> features, MapViewport viewport, MapLanguage language)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(viewport);
        using var surface = PngImage.Surface(viewport.Width, viewport.Height, viewport.Transparent);
        Draw(surface.Canvas, features, viewport, language);
        return PngImage.Encode(surface);
    }

    private void Draw(SKCanvas canvas, ILookup<string, PlanFeature> features, MapViewport viewport, MapLanguage language)
    {
        canvas.Clear(viewport.Transparent ? SKColors.Transparent : SymbolPaint.ToSkia(viewport.Background));
        var projection = new PixelProjection(viewport);
        var painter = new LayerPainter(canvas, projection, new Envelope(0, viewport.Width, 0, viewport.Height), Style, language);
        var labelsByLayer = new List<List<LabelCandidate>>();
        foreach (var layer in Style.Layers)
        {
            var labels = new List<LabelCandidate>();
            painter.Paint(layer, features[layer.LayerId], labels);
            labelsByLayer.Add(labels);
        }

        // Labels go above every layer, and the topmost layer's labels claim their space first.
        using var placer = new LabelPlacer(canvas, LabelFont.Typeface, viewport.Width, viewport.Height);
        foreach (var label in Enumerable.Reverse(labelsByLayer).SelectMany(l => l))
        {
            placer.TryDraw(label);
        }
    }
}
