namespace GeoPlan.Rendering.Glyphs;

/// <summary>Makes the glyph ranges MapLibre fetches for labels, every one drawn from the label font.</summary>
/// <remarks>A style may ask for any font names; all are drawn with the one installed <see cref="LabelFont"/>, which covers Chinese
/// and Latin alike, so the ranges do not depend on the names asked for and are named after the font that drew them.</remarks>
public sealed class GlyphRanges(LabelFont font)
{
    private readonly LabelFont _font = font ?? throw new ArgumentNullException(nameof(font));

    /// <summary>The name of the font every range is drawn with, e.g. <c>Noto Sans CJK SC</c>.</summary>
    public string FontName => _font.FamilyName;

    /// <summary>The glyphs protobuf of <paramref name="range"/>: every codepoint the font has, the rest left out.</summary>
    public byte[] Make(GlyphRange range)
    {
        using var renderer = new SdfGlyphRenderer(_font.Typeface);
        var glyphs = range.Codepoints.Select(renderer.Render).OfType<SdfGlyph>().ToList();
        return GlyphsPbf.Encode(FontName, range, glyphs);
    }
}
