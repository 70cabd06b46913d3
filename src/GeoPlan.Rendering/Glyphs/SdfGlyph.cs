namespace GeoPlan.Rendering.Glyphs;

/// <summary>One glyph as MapLibre draws it: a signed distance field of the glyph's shape and the metrics that place it.</summary>
/// <param name="Codepoint">The Unicode codepoint the glyph draws.</param>
/// <param name="Width">The width of the glyph's ink in pixels, without the buffer; 0 for a glyph without ink such as a space.</param>
/// <param name="Height">The height of the glyph's ink in pixels, without the buffer.</param>
/// <param name="Left">From the pen position to the left edge of the ink, in pixels.</param>
/// <param name="Top">From the top of the ink to the font's ascender line, in pixels (negative below it), as MapLibre expects.</param>
/// <param name="Advance">How far the pen moves after the glyph, in pixels.</param>
/// <param name="Bitmap">(Width + 6) × (Height + 6) distance values, rows from the top: 192 on the outline, higher inside;
/// empty without ink.</param>
internal sealed record SdfGlyph(int Codepoint, int Width, int Height, int Left, int Top, int Advance, ReadOnlyMemory<byte> Bitmap);
