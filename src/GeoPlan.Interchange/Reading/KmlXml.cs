using System.Text;
using System.Xml;

namespace GeoPlan.Interchange.Reading;

/// <summary>Moves through KML with an <see cref="XmlReader"/>: children of an element, text of an element, line numbers.</summary>
internal static class KmlXml
{
    /// <summary>The line the reader is on, for messages.</summary>
    public static int Line(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

    /// <summary>
    /// Calls <paramref name="visit"/> on each child element of the element the reader is on; <paramref name="visit"/> reads its element to
    /// its end (or skips it). Leaves the reader after the element's end tag.
    /// </summary>
    public static void ForEachChild(XmlReader reader, Action<XmlReader> visit)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                visit(reader);
            }
            else
            {
                reader.Read();
            }
        }

        // Now on the element's end tag.
        reader.Read();
    }

    /// <summary>The text inside the element the reader is on, markup inside it left out; leaves the reader after the element.</summary>
    public static string ReadText(XmlReader reader)
    {
        var text = new StringBuilder();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value);
            }

            reader.Read();
        }

        reader.Read();
        return text.ToString();
    }
}
