using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoPlan.Interchange.Reading;

/// <summary>
/// A CSV file (RFC 4180) whose header names the geometry columns: a longitude and latitude pair, or a WKT column. Text is UTF-8, with or
/// without a byte order mark, unless the caller names another encoding (GBK for CSV saved by a Chinese Excel).
/// </summary>
public sealed class CsvSource : IFeatureSource
{
    private readonly string _path;
    private readonly string _file;
    private readonly FileStream _stream;
    private readonly Encoding _encoding;
    private readonly bool _encodingChosen;
    private readonly CsvRecordReader _records;
    private readonly CsvColumns _columns;
    private readonly GeometryFactory _factory = new();
    private readonly WKTReader _wkt = new();
    private bool _read;

    /// <summary>Opens the CSV file at <paramref name="path"/> and reads its header.</summary>
    /// <exception cref="SourceFormatException">The file is empty, not in the encoding, or its header names no geometry columns.</exception>
    public CsvSource(string path, FeatureSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        EncodingNames.RegisterCodePages();
        _path = path;
        _file = Path.GetFileName(path);
        _encodingChosen = options.Encoding is not null;
        _encoding = options.Encoding is { } chosen ? StrictDecoding.Of(chosen) : StrictDecoding.Utf8;
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        try
        {
            var text = new StreamReader(_stream, _encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
            _records = Decoding(() => new CsvRecordReader(text, _file), () => 1);
            var header = Decoding(_records.Read, () => 1)
                ?? throw new SourceFormatException(_file, "line 1", "the file is empty; a CSV file needs a header naming its columns.");
            _columns = CsvColumns.Find(header, _file);
        }
        catch
        {
            _stream.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public string Format => "CSV";

    /// <summary>Always null: a CSV file does not state its CRS.</summary>
    public string? DeclaredCrs => null;

    /// <summary>Always null: CSV has no CRS of its own; the importer decides, and says so.</summary>
    public string? ImpliedCrs => null;

    /// <inheritdoc />
    public double Progress => _stream.Length == 0 ? 1 : Math.Min(1, (double)_stream.Position / _stream.Length);

    /// <inheritdoc />
    public IEnumerable<SourceFeature> ReadFeatures(CancellationToken cancellationToken = default)
    {
        if (_read)
        {
            throw new InvalidOperationException("a CSV source is read once; open the file again to read it again");
        }

        _read = true;
        return Rows(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private IEnumerable<SourceFeature> Rows(CancellationToken cancellationToken)
    {
        while (Decoding(_records.Read, () => _records.RecordLine) is { } fields)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = _records.RecordLine;
            if (fields.Count != _columns.Names.Count)
            {
                var delimiter = _records.Delimiter == '\t' ? "tab" : $"'{_records.Delimiter}'";
                throw new SourceFormatException(
                    _file,
                    $"line {line}",
                    $"has {fields.Count} fields but the header has {_columns.Names.Count}. Put quotes around values that contain "
                    + $"a {delimiter} or a line break, and give every row one value for each column (empty for none).");
            }

            yield return Feature(fields, line);
        }
    }

    private SourceFeature Feature(List<string> fields, int line)
    {
        var attributes = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            if (_columns.IsAttribute(i))
            {
                attributes[_columns.Names[i]] = AttributeText.ToValue(fields[i]);
            }
        }

        var id = _columns.Id is { } idColumn && fields[idColumn].Length > 0 ? fields[idColumn] : null;
        var (geometry, problem) = _columns.Wkt is { } wkt ? FromWkt(fields[wkt], line) : FromCoordinates(fields, line);
        return new SourceFeature(id, geometry, attributes, $"line {line}", problem);
    }

    private (Geometry? Geometry, string? Problem) FromCoordinates(List<string> fields, int line)
    {
        var (x, y) = (fields[_columns.Longitude!.Value], fields[_columns.Latitude!.Value]);
        var xOk = AttributeText.TryParseCoordinate(x, out var lon);
        var yOk = AttributeText.TryParseCoordinate(y, out var lat);
        if (xOk && yOk)
        {
            return (_factory.CreatePoint(new Coordinate(lon, lat)), null);
        }

        var problems = new List<string>();
        if (!xOk)
        {
            problems.Add(NotANumber(_columns.Longitude.Value, x));
        }

        if (!yOk)
        {
            problems.Add(NotANumber(_columns.Latitude.Value, y));
        }

        return (null, $"line {line}: {string.Join("; ", problems)}");
    }

    private string NotANumber(int column, string value) =>
        value.Length == 0 ? $"the {_columns.Names[column]} is empty" : $"the {_columns.Names[column]} '{value}' is not a number";

    private (Geometry? Geometry, string? Problem) FromWkt(string text, int line)
    {
        var column = _columns.Names[_columns.Wkt!.Value];
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, $"line {line}: the {column} is empty");
        }

        try
        {
            return (_wkt.Read(text), null);
        }
        catch (Exception e) when (e is ParseException or ArgumentException or FormatException)
        {
            var shown = text.Length > 60 ? text[..60] + "…" : text;
            return (null, $"line {line}: the {column} '{shown}' is not well-known text (WKT): {e.Message}");
        }
    }

    private T Decoding<T>(Func<T> read, Func<int> line)
    {
        try
        {
            return read();
        }
        catch (DecoderFallbackException e)
        {
            var advice = _encodingChosen
                ? "Choose the encoding the file was saved in."
                : "Save it as CSV UTF-8, or choose its encoding when importing (GBK for CSV saved by a Chinese Excel).";
            var at = FirstUndecodableLine() ?? line();
            throw new SourceFormatException(_file, $"line {at}", $"the text is not {_encoding.WebName}. {advice}", e);
        }
    }

    // Text is decoded ahead of the record being split, so the line reached does not say where the bad bytes are; reading the bytes again,
    // line by line, does. Line breaks are single bytes in every encoding a CSV file may use here, so they split lines safely.
    private int? FirstUndecodableLine()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        var decoder = _encoding.GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[_encoding.GetMaxCharCount(bytes.Length)];
        var line = 1;
        for (var read = stream.Read(bytes); read > 0; read = stream.Read(bytes))
        {
            var rest = bytes.AsSpan(0, read);
            while (rest.Length > 0)
            {
                var end = rest.IndexOf((byte)'\n');
                var segment = end < 0 ? rest : rest[..(end + 1)];
                try
                {
                    decoder.GetChars(segment, chars, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    return line;
                }

                line += end < 0 ? 0 : 1;
                rest = rest[segment.Length..];
            }
        }

        return null;
    }
}
