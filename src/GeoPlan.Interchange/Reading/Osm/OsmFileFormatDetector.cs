using System.Text;
using System.Xml;

namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>Recognises an OSM file by its start: PBF opens with an <c>OSMHeader</c> block, XML with an <c>osm</c> element.</summary>
internal static class OsmFileFormatDetector
{
    // A PBF file starts with a 4-byte header length, then a BlobHeader whose field 1 (0x0A) is the 9-byte string "OSMHeader".
    private static readonly byte[] PbfSignature = [0x0A, 0x09, .. "OSMHeader"u8];

    public static OsmFileFormat Detect(string path)
    {
        var fileName = Path.GetFileName(path);
        var start = new byte[4 + PbfSignature.Length];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        }

        if (read == 0)
        {
            throw new SourceFormatException(fileName, "byte 0",
                "the file is empty; an OpenStreetMap file holds at least its <osm> element or PBF header");
        }

        if (read == start.Length && start.AsSpan(4).SequenceEqual(PbfSignature))
        {
            return OsmFileFormat.Pbf;
        }

        if (start.AsSpan(0, read).StartsWith("BZh"u8) || start.AsSpan(0, read).StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            throw new SourceFormatException(fileName, "byte 0",
                "the file is compressed (bzip2 or gzip); decompress it first, or convert it to PBF with `osmium cat FILE -o FILE.osm.pbf`");
        }

        CheckXmlRoot(path, fileName);
        return OsmFileFormat.Xml;
    }

    private static void CheckXmlRoot(string path, string fileName)
    {
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "osm")
            {
                throw new SourceFormatException(fileName, $"line {((IXmlLineInfo)reader).LineNumber}",
                    $"the XML root element is <{reader.LocalName}>, not <osm>; this is not OpenStreetMap XML");
            }
        }
        catch (XmlException e)
        {
            throw new SourceFormatException(fileName, $"line {e.LineNumber}",
                $"neither OpenStreetMap PBF (no OSMHeader block at the start) nor OpenStreetMap XML ({e.Message})", e);
        }
        catch (DecoderFallbackException e)
        {
            throw new SourceFormatException(fileName, "byte 0", $"neither OpenStreetMap PBF nor XML text ({e.Message})", e);
        }
    }
}
