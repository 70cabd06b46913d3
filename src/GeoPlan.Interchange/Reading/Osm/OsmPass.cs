using System.Xml;
using OsmSharp;
using OsmSharp.Streams;

namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>One read of an OSM file, element by element; a damaged file throws <see cref="SourceFormatException"/>.</summary>
internal sealed class OsmPass : IDisposable
{
    private readonly FileStream _stream;
    private readonly OsmStreamSource _source;
    private readonly string _fileName;
    private readonly OsmFileFormat _format;
    private readonly long _length;
    private OsmGeo? _last;

    public OsmPass(string path, OsmFileFormat format)
    {
        _fileName = Path.GetFileName(path);
        _format = format;
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        // Asking the stream for its length costs a system call each time; the file does not change while it is read.
        _length = _stream.Length;
        _source = format == OsmFileFormat.Pbf ? new PBFOsmStreamSource(_stream) : new XmlOsmStreamSource(_stream);
    }

    /// <summary>The share of the file read so far, from 0 to 1.</summary>
    public double Share => _length == 0 ? 1 : Math.Min(1, (double)_stream.Position / _length);

    /// <summary>The next node or way (relations are skipped), or null at the end of the file.</summary>
    public OsmGeo? Next(bool skipNodes)
    {
        bool moved;
        try
        {
            moved = _source.MoveNext(ignoreNodes: skipNodes, ignoreWays: false, ignoreRelations: true);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw Damaged(e);
        }

        _last = moved ? _source.Current() : null;
        return _last;
    }

    public void Dispose()
    {
        _source.Dispose();
        _stream.Dispose();
    }

    // The OSM library reports a cut-short or corrupt file as whatever its decoder tripped on (end of stream, protobuf,
    // overflow, XML serializer errors); a failing disk or a cancelled read is not the file's fault and passes through.
    private static bool IsDamage(Exception e) =>
        e is not (OperationCanceledException or OutOfMemoryException) && (e is not IOException || e is EndOfStreamException);

    private SourceFormatException Damaged(Exception e)
    {
        var innermost = e;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        var position = innermost is XmlException { LineNumber: > 0 } xml ? $"line {xml.LineNumber}" : $"byte {_stream.Position}";
        var after = _last is null ? "at its start" : $"after {Describe(_last)}";
        var format = _format == OsmFileFormat.Pbf ? "PBF" : "XML";
        return new SourceFormatException(_fileName, position,
            $"the OpenStreetMap {format} cannot be read {after} ({innermost.Message}); the file is cut short or damaged, " +
            "so download or export it again",
            e);
    }

    /// <summary>How messages and feature positions name an element: <c>node 123</c>, <c>way 456</c>.</summary>
    public static string Describe(OsmGeo element) => $"{element.Type.ToString().ToLowerInvariant()} {element.Id}";
}
