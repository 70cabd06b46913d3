using System.Text;
using GeoPlan.Rendering.Glyphs;
using SkiaSharp;

namespace GeoPlan.Rendering.Tests;

/// <summary>Glyph ranges for MapLibre, read back by a decoder written from glyphs.proto: fields that draw each glyph.</summary>
public sealed class GlyphTests
{
    private const int Buffer = 3;
    private const int Edge = 192;

    private static readonly GlyphRanges Ranges = new(LabelFont.Default);

    [Fact]
    public void The_latin_range_has_a_capital_a_with_plausible_metrics()
    {
        var stack = Decode(Ranges.Make(Range("0-255")));

        Assert.Equal("0-255", stack.Range);
        Assert.Equal(LabelFont.Default.FamilyName, stack.Name);
        var a = stack.Glyphs.Single(g => g.Id == 'A');
        Assert.InRange(a.Advance, 10u, 20u);
        Assert.InRange(a.Width, 10u, 20u);
        Assert.InRange(a.Height, 14u, 22u);
        Assert.InRange(a.Left, -2, 4);
        Assert.Equal((a.Width + (2 * Buffer)) * (a.Height + (2 * Buffer)), (uint)a.Bitmap.Length);
        Assert.True(stack.Glyphs.Count >= 95, $"only {stack.Glyphs.Count} glyphs in 0-255");
    }

    [Fact]
    public void A_distance_field_is_high_inside_the_glyph_and_low_outside()
    {
        var a = Decode(Ranges.Make(Range("0-255"))).Glyphs.Single(g => g.Id == 'A');

        AssertDrawsItsOutline(a);
    }

    [SkippableTheory]
    [InlineData("27648-27903", '沈')]
    [InlineData("38400-38655", '阳')]
    public void A_chinese_range_holds_its_ideographs(string range, char ideograph)
    {
        ChineseFont.Require();

        var stack = Decode(Ranges.Make(Range(range)));

        Assert.Equal(range, stack.Range);
        var glyph = stack.Glyphs.Single(g => g.Id == ideograph);
        // Ideographs are one em wide: 24 px at the size glyphs are drawn at.
        Assert.InRange(glyph.Advance, 23u, 25u);
        Assert.InRange(glyph.Width, 16u, 24u);
        Assert.InRange(glyph.Height, 16u, 24u);
        Assert.Equal((glyph.Width + (2 * Buffer)) * (glyph.Height + (2 * Buffer)), (uint)glyph.Bitmap.Length);
        AssertDrawsItsOutline(glyph);
        Assert.True(stack.Glyphs.Count > 200, $"only {stack.Glyphs.Count} ideographs in {range}");
    }

    [Fact]
    public void Codepoints_the_font_lacks_are_left_out()
    {
        var latin = Decode(Ranges.Make(Range("0-255")));
        // No font maps UTF-16 surrogates to glyphs.
        var surrogates = Decode(Ranges.Make(Range("55296-55551")));

        var expected = Enumerable.Range(0, 256).Where(c => LabelFont.Default.Typeface.ContainsGlyph(c)).Select(c => (uint)c);
        Assert.Equal(expected, latin.Glyphs.Select(g => g.Id));
        Assert.Equal("55296-55551", surrogates.Range);
        Assert.Empty(surrogates.Glyphs);
    }

    [Fact]
    public void A_space_moves_the_pen_and_has_no_bitmap()
    {
        var space = Decode(Ranges.Make(Range("0-255"))).Glyphs.Single(g => g.Id == ' ');

        Assert.True(space.Advance > 0);
        Assert.Equal(0u, space.Width);
        Assert.Equal(0u, space.Height);
        Assert.Empty(space.Bitmap);
    }

    [Fact]
    public void The_same_range_is_made_byte_for_byte_again()
    {
        Assert.Equal(Ranges.Make(Range("0-255")), Ranges.Make(Range("0-255")));
    }

    [Theory]
    [InlineData("0-255", 0)]
    [InlineData("256-511", 256)]
    [InlineData("19968-20223", 19968)]
    [InlineData("65280-65535", 65280)]
    public void Whole_ranges_of_256_codepoints_parse(string text, int start)
    {
        Assert.True(GlyphRange.TryParse(text, out var range, out var error), error);
        Assert.Equal(start, range.Start);
        Assert.Equal(start + 255, range.End);
        Assert.Equal(text, range.ToString());
    }

    [Theory]
    [InlineData("0-100")]
    [InlineData("1-256")]
    [InlineData("256-255")]
    [InlineData("0-511")]
    [InlineData("65536-65791")]
    [InlineData("0256-0511")]
    [InlineData("+0-255")]
    [InlineData(" 0-255")]
    [InlineData("0-255 ")]
    [InlineData("-256--1")]
    [InlineData("abc")]
    [InlineData("0-")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_glyph_range(string? text)
    {
        Assert.False(GlyphRange.TryParse(text, out _, out var error));
        Assert.Contains("multiple of 256", error, StringComparison.Ordinal);
    }

    private static GlyphRange Range(string text) =>
        GlyphRange.TryParse(text, out var range, out var error) ? range : throw new ArgumentException(error, nameof(text));

    // The field's inside (values at or above the edge) covers about the glyph's area, it reaches well inside the strokes,
    // and its outermost pixels, at least 2 px from the ink (the ink box is snapped to whole pixels), are far outside.
    private static void AssertDrawsItsOutline(Glyph glyph)
    {
        var (width, height) = ((int)glyph.Width + (2 * Buffer), (int)glyph.Height + (2 * Buffer));
        var border = Enumerable.Range(0, width * height)
            .Where(i => i % width is 0 || i % width == width - 1 || i / width is 0 || i / width == height - 1)
            .Select(i => glyph.Bitmap[i]);
        Assert.All(border, value => Assert.True(value <= Edge - (32 * 1.5), $"{value} on the border of U+{glyph.Id:X4}"));
        Assert.True(glyph.Bitmap.Max() >= Edge + 16, $"nothing half a pixel inside U+{glyph.Id:X4}");

        var inside = glyph.Bitmap.Count(v => v >= Edge);
        var area = InkArea((int)glyph.Id);
        Assert.True(inside >= area * 0.8 && inside <= area * 1.25, $"{inside} pixels inside U+{glyph.Id:X4}, whose ink covers {area:F1}");
    }

    // The area of the glyph's outline at 24 px, from its antialiased coverage.
    private static double InkArea(int codepoint)
    {
        using var font = new SKFont(LabelFont.Default.Typeface, 24) { Hinting = SKFontHinting.None, Subpixel = true };
        using var outline = font.GetGlyphPath(font.GetGlyph(codepoint));
        using var coverage = new SKBitmap(new SKImageInfo(64, 64, SKColorType.Alpha8, SKAlphaType.Premul));
        using var canvas = new SKCanvas(coverage);
        using var ink = new SKPaint { IsAntialias = true };
        canvas.Clear(SKColors.Transparent);
        canvas.Translate(16, 40);
        canvas.DrawPath(outline, ink);
        var pixels = coverage.GetPixelSpan();
        var area = 0.0;
        for (var y = 0; y < coverage.Height; y++)
        {
            for (var x = 0; x < coverage.Width; x++)
            {
                area += pixels[(y * coverage.RowBytes) + x] / 255.0;
            }
        }

        return area;
    }

    private static Stack Decode(byte[] pbf)
    {
        var stacks = new List<Stack>();
        var message = new Reader(pbf);
        while (!message.AtEnd)
        {
            var (field, wireType) = message.Key();
            if (field == 1)
            {
                stacks.Add(DecodeStack(message.Bytes(wireType)));
            }
            else
            {
                message.Skip(wireType);
            }
        }

        return Assert.Single(stacks);
    }

    private static Stack DecodeStack(byte[] bytes)
    {
        string? name = null;
        string? range = null;
        var glyphs = new List<Glyph>();
        var message = new Reader(bytes);
        while (!message.AtEnd)
        {
            var (field, wireType) = message.Key();
            switch (field)
            {
                case 1:
                    name = Encoding.UTF8.GetString(message.Bytes(wireType));
                    break;
                case 2:
                    range = Encoding.UTF8.GetString(message.Bytes(wireType));
                    break;
                case 3:
                    glyphs.Add(DecodeGlyph(message.Bytes(wireType)));
                    break;
                default:
                    message.Skip(wireType);
                    break;
            }
        }

        return new Stack(name ?? throw new FormatException("a fontstack without its required name"),
            range ?? throw new FormatException("a fontstack without its required range"), glyphs);
    }

    private static Glyph DecodeGlyph(byte[] bytes)
    {
        var values = new Dictionary<int, ulong>();
        var bitmap = Array.Empty<byte>();
        var message = new Reader(bytes);
        while (!message.AtEnd)
        {
            var (field, wireType) = message.Key();
            if (field == 2)
            {
                bitmap = message.Bytes(wireType);
            }
            else if (field is >= 1 and <= 7)
            {
                values[field] = message.Varint(wireType);
            }
            else
            {
                message.Skip(wireType);
            }
        }

        uint Required(int field) => values.TryGetValue(field, out var v)
            ? checked((uint)v)
            : throw new FormatException($"a glyph without its required field {field}");
        // sint32 fields are zigzag encoded.
        int ZigZag(int field) => (int)(Required(field) >> 1) ^ -(int)(Required(field) & 1);
        return new Glyph(Required(1), bitmap, Required(3), Required(4), ZigZag(5), ZigZag(6), Required(7));
    }

    private sealed record Stack(string Name, string Range, IReadOnlyList<Glyph> Glyphs);

    private sealed record Glyph(uint Id, byte[] Bitmap, uint Width, uint Height, int Left, int Top, uint Advance);

    // Protocol Buffers wire format as far as glyphs.proto uses it: varints and length-delimited fields.
    private sealed class Reader(byte[] bytes)
    {
        private int _position;

        public bool AtEnd => _position >= bytes.Length;

        public (int Field, int WireType) Key()
        {
            var key = RawVarint();
            return ((int)(key >> 3), (int)(key & 7));
        }

        public ulong Varint(int wireType) =>
            wireType == 0 ? RawVarint() : throw new FormatException($"a varint field with wire type {wireType}");

        public byte[] Bytes(int wireType)
        {
            if (wireType != 2)
            {
                throw new FormatException($"a length-delimited field with wire type {wireType}");
            }

            var length = checked((int)RawVarint());
            if (length > bytes.Length - _position)
            {
                throw new FormatException($"{length} bytes where {bytes.Length - _position} remain");
            }

            var value = bytes.AsSpan(_position, length).ToArray();
            _position += length;
            return value;
        }

        public void Skip(int wireType)
        {
            switch (wireType)
            {
                case 0:
                    RawVarint();
                    break;
                case 2:
                    Bytes(wireType);
                    break;
                default:
                    throw new FormatException($"wire type {wireType} is not used by glyphs.proto");
            }
        }

        private ulong RawVarint()
        {
            ulong value = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                if (AtEnd)
                {
                    throw new FormatException("the message ends inside a varint");
                }

                var b = bytes[_position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new FormatException("a varint longer than ten bytes");
        }
    }
}
