using System.Text;
using GeoPlan.Core.Protobuf;
namespace GeoPlan.Rendering.Glyphs;

/// <summary>Encodes glyphs in the Mapbox glyphs protobuf (glyphs.proto) that MapLibre fetches from a style's <c>glyphs</c> URL.</summary>
public static class GlyphsPbf
{
    /// <summary>The media type of a glyph range.</summary>
    public const string MediaType = "application/x-protobuf";

    // glyphs.proto: glyphs { repeated fontstack stacks = 1; }
    private const int StacksField = 1;

    // fontstack { required string name = 1; required string range = 2; repeated glyph glyphs = 3; }
    private const int NameField = 1;
    private const int RangeField = 2;
    private const int GlyphsField = 3;

    // glyph { required uint32 id = 1; optional bytes bitmap = 2; required uint32 width = 3; required uint32 height = 4;
    //         required sint32 left = 5; required sint32 top = 6; required uint32 advance = 7; }
    private const int IdField = 1;
    private const int BitmapField = 2;
    private const int WidthField = 3;
    private const int HeightField = 4;
    private const int LeftField = 5;
    private const int TopField = 6;
    private const int AdvanceField = 7;

    /// <summary>One fontstack named <paramref name="fontstack"/> holding <paramref name="glyphs"/> of <paramref name="range"/>.</summary>
    internal static byte[] Encode(string fontstack, GlyphRange range, IEnumerable<SdfGlyph> glyphs)
    {
        ArgumentNullException.ThrowIfNull(fontstack);
        ArgumentNullException.ThrowIfNull(glyphs);
        var stack = new ProtobufBuffer();
        stack.WriteLengthDelimited(NameField, Encoding.UTF8.GetBytes(fontstack));
        stack.WriteLengthDelimited(RangeField, Encoding.UTF8.GetBytes(range.ToString()));
        var message = new ProtobufBuffer();
        foreach (var glyph in glyphs)
        {
            message.Clear();
            WriteGlyph(message, glyph);
            stack.WriteLengthDelimited(GlyphsField, message.WrittenSpan);
        }

        message.Clear();
        message.WriteLengthDelimited(StacksField, stack.WrittenSpan);
        return message.WrittenSpan.ToArray();
    }

    private static void WriteGlyph(ProtobufBuffer message, SdfGlyph glyph)
    {
        message.WriteVarintField(IdField, (uint)glyph.Codepoint);
        // Glyphs without ink (spaces) carry no bitmap, as in fontnik's ranges.
        if (!glyph.Bitmap.IsEmpty)
        {
            message.WriteLengthDelimited(BitmapField, glyph.Bitmap.Span);
        }

        message.WriteVarintField(WidthField, (uint)glyph.Width);
        message.WriteVarintField(HeightField, (uint)glyph.Height);
        message.WriteSInt32Field(LeftField, glyph.Left);
        message.WriteSInt32Field(TopField, glyph.Top);
        message.WriteVarintField(AdvanceField, (uint)glyph.Advance);
    }
}
