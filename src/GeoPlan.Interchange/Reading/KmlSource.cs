using System.IO.Compression;
using System.Xml;

namespace GeoPlan.Interchange.Reading;

/// <summary>
/// A KML 2.2 file (.kml), or the root KML document of a KMZ archive (.kmz), streamed: every Placemark, at any depth of Documents and
/// Folders, with its name, description, ExtendedData and geometry in WGS 84 lon/lat.
/// </summary>
public sealed class KmlSource : IFeatureSource
{
    private readonly string _file;
    private readonly ZipArchive? _zip;
    private readonly CountingStream _stream;
    private readonly XmlReader _xml;
    private readonly KmlPlacemarkReader _placemarks;
    private bool _read;

    /// <summary>Opens the KML or KMZ file at <paramref name="path"/> and checks that it holds KML.</summary>
    /// <exception cref="SourceFormatException">The file is not well-formed XML, not KML, or a KMZ without a KML document.</exception>
    public KmlSource(string path, FeatureSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        EncodingNames.RegisterCodePages();
        var name = Path.GetFileName(path);
        try
        {
            if (string.Equals(Path.GetExtension(path), ".kmz", StringComparison.OrdinalIgnoreCase))
            {
                _zip = OpenKmz(path, name);
                var document = RootDocument(_zip, name);
                _file = $"{name}/{document.FullName}";
                _stream = new CountingStream(document.Open(), document.Length);
            }
            else
            {
                _file = name;
                var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
                _stream = new CountingStream(file, file.Length);
            }

            _xml = XmlReader.Create(_stream, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
            });
            var root = Parsing(() => _xml.MoveToContent() == XmlNodeType.Element ? _xml.LocalName : null);
            if (root != "kml")
            {
                throw new SourceFormatException(_file, "line 1", $"is XML but not KML: its root element is <{root}>, where KML has <kml>.");
            }
        }
        catch
        {
            _xml?.Dispose();
            _stream?.Dispose();
            _zip?.Dispose();
            throw;
        }

        _placemarks = new KmlPlacemarkReader(_file);
    }

    /// <inheritdoc />
    public string Format => "KML";

    /// <summary>Always null: KML does not state a CRS.</summary>
    public string? DeclaredCrs => null;

    /// <summary><c>CRS84</c>: KML coordinates are always WGS 84 longitude and latitude.</summary>
    public string? ImpliedCrs => "CRS84";

    /// <inheritdoc />
    public double Progress => _stream.Progress;

    /// <inheritdoc />
    public IEnumerable<SourceFeature> ReadFeatures(CancellationToken cancellationToken = default)
    {
        if (_read)
        {
            throw new InvalidOperationException("a KML source is read once; open the file again to read it again");
        }

        _read = true;
        return Placemarks(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _xml.Dispose();
        _stream.Dispose();
        _zip?.Dispose();
    }

    private IEnumerable<SourceFeature> Placemarks(CancellationToken cancellationToken)
    {
        while (Parsing(NextPlacemark) is { } placemark)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return placemark;
        }
    }

    private SourceFeature? NextPlacemark()
    {
        while (!_xml.EOF)
        {
            if (_xml.NodeType == XmlNodeType.Element && _xml.LocalName == "Placemark")
            {
                return _placemarks.Read(_xml);
            }

            _xml.Read();
        }

        return null;
    }

    private T Parsing<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException e)
        {
            throw new SourceFormatException(
                _file,
                $"line {e.LineNumber}, position {e.LinePosition}",
                $"is not well-formed XML: {e.Message} The file may be cut short or damaged by editing; export it again.",
                e);
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.DecoderFallbackException)
        {
            throw new SourceFormatException(_file, $"line {KmlXml.Line(_xml)}", $"cannot be read: {e.Message} Export it again.", e);
        }
    }

    private static ZipArchive OpenKmz(string path, string name)
    {
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new SourceFormatException(name, "file", $"is not a readable KMZ (zip) archive ({e.Message}); export it again.", e);
        }
    }

    // KMZ readers open doc.kml at the top of the archive, or else the first .kml file there.
    private static ZipArchiveEntry RootDocument(ZipArchive zip, string name)
    {
        var topLevel = zip.Entries
            .Where(e => !e.FullName.Contains('/', StringComparison.Ordinal))
            .Where(e => e.FullName.EndsWith(".kml", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return topLevel.FirstOrDefault(e => string.Equals(e.FullName, "doc.kml", StringComparison.OrdinalIgnoreCase))
            ?? topLevel.FirstOrDefault()
            ?? throw new SourceFormatException(name, "file", "holds no .kml document at its top level; a KMZ keeps its KML as doc.kml.");
    }
}
