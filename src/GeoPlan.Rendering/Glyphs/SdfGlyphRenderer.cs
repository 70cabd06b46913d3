using SkiaSharp;

namespace GeoPlan.Rendering.Glyphs;

/// <summary>Draws a typeface's glyphs as MapLibre's signed distance fields: 24 px with a 3 px buffer, as fontnik makes them.</summary>
internal sealed class SdfGlyphRenderer : IDisposable
{
    /// <summary>The size glyphs are drawn at, in pixels per em; MapLibre scales them from this size.</summary>
    public const int FontSize = 24;

    /// <summary>The margin of distance values around each glyph's ink, in pixels.</summary>
    public const int Buffer = 3;

    private readonly SKFont _font;
    private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly int _ascender;

    /// <summary>A renderer of <paramref name="typeface"/>'s glyphs.</summary>
    public SdfGlyphRenderer(SKTypeface typeface)
    {
        ArgumentNullException.ThrowIfNull(typeface);
        // Unhinted outlines and fractional advances: the shapes MapLibre scales to every size, not ones fitted to 24 px.
        _font = new SKFont(typeface, FontSize)
        {
            Hinting = SKFontHinting.None,
            Subpixel = true,
            LinearMetrics = true,
            Edging = SKFontEdging.Antialias,
        };
        // Rounded up like FreeType's size metrics, so Top matches fontnik's glyphs of the same font.
        _ascender = (int)Math.Ceiling(-_font.Metrics.Ascent);
    }

    /// <summary>The glyph for <paramref name="codepoint"/>, or null when the typeface has none.</summary>
    public SdfGlyph? Render(int codepoint)
    {
        var glyphId = _font.GetGlyph(codepoint);
        if (glyphId == 0)
        {
            return null;
        }

        var advance = (int)Math.Round(_font.GetGlyphWidths([glyphId])[0]);
        using var outline = _font.GetGlyphPath(glyphId);
        var bounds = outline?.TightBounds ?? SKRect.Empty;
        // Skia's y axis points down; the glyph's ink box is snapped to whole pixels as fontnik snaps it.
        var left = (int)Math.Round(bounds.Left);
        var right = (int)Math.Round(bounds.Right);
        var top = (int)Math.Round(-bounds.Top);
        var bottom = (int)Math.Round(-bounds.Bottom);
        var (width, height) = (right - left, top - bottom);
        if (outline is null || width <= 0 || height <= 0)
        {
            return new SdfGlyph(codepoint, 0, 0, 0, 0, advance, ReadOnlyMemory<byte>.Empty);
        }

        var (fieldWidth, fieldHeight) = (width + (2 * Buffer), height + (2 * Buffer));
        using var coverage = new SKBitmap(new SKImageInfo(fieldWidth, fieldHeight, SKColorType.Alpha8, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(coverage))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.Translate(Buffer - left, Buffer + top);
            canvas.DrawPath(outline, _ink);
        }

        var field = SignedDistanceField.FromCoverage(coverage.GetPixelSpan(), coverage.RowBytes, fieldWidth, fieldHeight);
        return new SdfGlyph(codepoint, width, height, left, top - _ascender, advance, field);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _font.Dispose();
        _ink.Dispose();
    }
}
