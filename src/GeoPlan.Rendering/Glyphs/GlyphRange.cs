using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GeoPlan.Rendering.Glyphs;

/// <summary>A block of 256 Unicode codepoints that MapLibre asks glyphs for at once, e.g. <c>0-255</c> or <c>19968-20223</c>.</summary>
public readonly record struct GlyphRange
{
    /// <summary>How many codepoints a range holds.</summary>
    public const int Size = 256;

    /// <summary>The start of the last range of the Basic Multilingual Plane, the last MapLibre asks for.</summary>
    public const int LastStart = 0xFF00;

    private GlyphRange(int start) => Start = start;

    /// <summary>The first codepoint, a multiple of 256.</summary>
    public int Start { get; }

    /// <summary>The last codepoint, <see cref="Start"/> + 255.</summary>
    public int End => Start + Size - 1;

    /// <summary>The codepoints from <see cref="Start"/> to <see cref="End"/>.</summary>
    public IEnumerable<int> Codepoints => Enumerable.Range(Start, Size);

    /// <summary>Parses <c>N-M</c>: N a multiple of 256 up to 65280, M = N + 255, both without signs or leading zeros.</summary>
    public static bool TryParse(string? text, out GlyphRange range, [NotNullWhen(false)] out string? error)
    {
        range = default;
        var dash = text?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        if (text is null || dash <= 0
            || !int.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || start > LastStart || start % Size != 0
            || text != new GlyphRange(start).ToString())
        {
            error = $"'{text}' is not a glyph range; a range is 256 codepoints N-(N+255) with N a multiple of 256 "
                + "from 0 to 65280, e.g. 0-255 or 19968-20223";
            return false;
        }

        range = new GlyphRange(start);
        error = null;
        return true;
    }

    /// <summary>The range as MapLibre writes it in a glyph URL, e.g. <c>19968-20223</c>.</summary>
    public override string ToString() => $"{Start}-{End}";
}
