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
        var stack = new ProtobufWriter();
        stack.WriteString(NameField, fontstack);
        stack.WriteString(RangeField, range.ToString());
        foreach (var glyph in glyphs)
        {
            stack.WriteMessage(GlyphsField, Glyph(glyph));
        }

        var message = new ProtobufWriter();
        message.WriteMessage(StacksField, stack);
        return message.WrittenSpan.ToArray();
    }

    private static ProtobufWriter Glyph(SdfGlyph glyph)
    {
        var message = new ProtobufWriter();
        message.WriteUInt32(IdField, (uint)glyph.Codepoint);
        // Glyphs without ink (spaces) carry no bitmap, as in fontnik's ranges.
        if (!glyph.Bitmap.IsEmpty)
        {
            message.WriteBytes(BitmapField, glyph.Bitmap.Span);
        }

        message.WriteUInt32(WidthField, (uint)glyph.Width);
        message.WriteUInt32(HeightField, (uint)glyph.Height);
        message.WriteSInt32(LeftField, glyph.Left);
        message.WriteSInt32(TopField, glyph.Top);
        message.WriteUInt32(AdvanceField, (uint)glyph.Advance);
        return message;
    }
}
