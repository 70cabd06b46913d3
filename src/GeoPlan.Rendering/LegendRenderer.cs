using GeoPlan.Core.Styling;
using SkiaSharp;

namespace GeoPlan.Rendering;

/// <summary>Draws a <see cref="MapLegend"/> as a PNG (WMS GetLegendGraphic): headings, then a symbol and its meaning per row.</summary>
/// <param name="labelFont">The typeface the legend is written in.</param>
public sealed class LegendRenderer(LabelFont labelFont)
{
    private const float Padding = 8;
    private const float SwatchWidth = 28;
    private const float SwatchHeight = 14;
    private const float Gap = 8;
    private const float RowHeight = 22;
    private const float HeadingHeight = 24;
    private const float TextSize = 12;
    private const float HeadingSize = 13;
    private static readonly SKColor TextColor = new(0x33, 0x33, 0x33);

    /// <summary>A legend renderer that writes in <see cref="LabelFont.Default"/>.</summary>
    public LegendRenderer()
        : this(LabelFont.Default)
    {
    }

    /// <summary>The typeface the legend is written in.</summary>
    public LabelFont LabelFont { get; } = labelFont ?? throw new ArgumentNullException(nameof(labelFont));

    /// <summary>Draws the legend and returns it as PNG bytes, sized to fit its rows.</summary>
    public byte[] RenderPng(MapLegend legend, MapLanguage language, bool transparent = false)
    {
        ArgumentNullException.ThrowIfNull(legend);
        using var text = new SKFont(LabelFont.Typeface, TextSize) { Edging = SKFontEdging.Antialias, Subpixel = true };
        using var heading = new SKFont(LabelFont.Typeface, HeadingSize) { Edging = SKFontEdging.Antialias, Subpixel = true };
        heading.Embolden = true;
        using var ink = new SKPaint { IsAntialias = true, Color = TextColor };
        var width = Padding + legend.Sections
            .Select(s => s.Entries
                .Select(e => SwatchWidth + Gap + text.MeasureText(e.Title(language)))
                .Append(heading.MeasureText(s.Title(language)))
                .Max())
            .DefaultIfEmpty(0)
            .Max() + Padding;
        var height = (Padding * 2) + legend.Sections.Sum(s => HeadingHeight + (s.Entries.Count * RowHeight));
        using var surface = PngImage.Surface(Pixels(width), Pixels(height), transparent);
        var canvas = surface.Canvas;
        canvas.Clear(transparent ? SKColors.Transparent : SKColors.White);
        var y = Padding;
        foreach (var section in legend.Sections)
        {
            canvas.DrawText(section.Title(language), Padding, Baseline(y, HeadingHeight, heading), SKTextAlign.Left, heading, ink);
            y += HeadingHeight;
            foreach (var entry in section.Entries)
            {
                using var paint = new SymbolPaint(entry.Symbol);
                var top = y + ((RowHeight - SwatchHeight) / 2);
                SymbolSwatch.Draw(canvas, paint, new SKRect(Padding, top, Padding + SwatchWidth, top + SwatchHeight));
                var baseline = Baseline(y, RowHeight, text);
                canvas.DrawText(entry.Title(language), Padding + SwatchWidth + Gap, baseline, SKTextAlign.Left, text, ink);
                y += RowHeight;
            }
        }

        return PngImage.Encode(surface);
    }

    private static int Pixels(float size) => Math.Clamp((int)Math.Ceiling(size), 1, MapViewport.MaxSize);

    // The baseline that centres the font's ascent and descent in a row.
    private static float Baseline(float top, float rowHeight, SKFont font)
    {
        var metrics = font.Metrics;
        return top + ((rowHeight - (metrics.Descent - metrics.Ascent)) / 2) - metrics.Ascent;
    }
}
