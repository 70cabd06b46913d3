using System.Globalization;
using System.Text;
using NetTopologySuite.IO.Esri.Dbf;
using NetTopologySuite.IO.Esri.Dbf.Fields;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using NetTopologySuite.IO.Esri.Shp;
using NetTopologySuite.IO.Esri.Shp.Readers;

namespace GeoPlan.Interchange.Reading;

/// <summary>
/// An Esri Shapefile, loose (.shp with its .shx, .dbf, .prj and .cpg beside it) or in a .zip archive, read record by record without
/// extracting it; attribute text is decoded as the .cpg file, the .dbf header or the caller says, or as UTF-8 once all of it proves to be.
/// </summary>
public sealed class ShapefileSource : IFeatureSource
{
    private const string IdField = "id";
    private readonly ShapefileParts _parts;
    private readonly ShapefileEncoding _encoding;
    private readonly ShapefilePartStream _shp;
    private readonly ShapefilePartStream _dbf;
    private readonly ShpReader _shapes;
    private readonly DbfReader _table;
    private readonly int _idField;
    private bool _read;
    private bool _finished;

    /// <summary>Opens the Shapefile at <paramref name="path"/> (.shp or .zip) and reads its headers.</summary>
    /// <exception cref="SourceFormatException">A part is missing, names an unknown encoding, or has a malformed header.</exception>
    public ShapefileSource(string path, FeatureSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        EncodingNames.RegisterCodePages();
        _parts = string.Equals(Path.GetExtension(path), ".zip", StringComparison.OrdinalIgnoreCase)
            ? ShapefileParts.Zipped(path, options.Layer)
            : ShapefileParts.Loose(path);
        var opened = new List<IDisposable>();
        try
        {
            _parts.Require(".dbf", "a Shapefile keeps its attributes in the .dbf file");
            _parts.Require(".shx", "a Shapefile is not complete without its .shx index");
            DeclaredCrs = _parts.ReadText(".prj");
            _dbf = Opened(opened, _parts.Open(".dbf"));
            _encoding = ShapefileEncoding.Resolve(_parts, _dbf.Header, options.Encoding);
            _table = Opened(opened, OpenTable(_dbf, _encoding.Encoding));
            _shp = Opened(opened, _parts.Open(".shp"));
            // Strict: shapes are read as the format defines them, and one that breaks its rules is its record's geometry problem.
            var strict = new ShapefileReaderOptions { GeometryBuilderMode = GeometryBuilderMode.Strict };
            _shapes = Opened(opened, ReadHeader(".shp", () => Shp.OpenRead(_shp, strict)));
            _idField = FindIdField(_table.Fields);
        }
        catch
        {
            opened.ForEach(o => o.Dispose());
            _parts.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public string Format => "Shapefile";

    /// <inheritdoc />
    public string? DeclaredCrs { get; }

    /// <inheritdoc />
    public string? ImpliedCrs => null;

    /// <inheritdoc />
    public double Progress
    {
        get
        {
            // The .dbf ends with an end-of-file marker that no record holds, so the count of bytes read stops one short of the length.
            var total = _shp.Length + _dbf.Length;
            return _finished || total == 0 ? 1 : Math.Min(1, (double)(_shp.Position + _dbf.Position) / total);
        }
    }

    /// <inheritdoc />
    public IEnumerable<SourceFeature> ReadFeatures(CancellationToken cancellationToken = default)
    {
        if (_read)
        {
            throw new InvalidOperationException("a Shapefile source is read once; open the file again to read it again");
        }

        _read = true;
        return Records(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _shapes.Dispose();
        _table.Dispose();
        _shp.Dispose();
        _dbf.Dispose();
        _parts.Dispose();
    }

    private IEnumerable<SourceFeature> Records(CancellationToken cancellationToken)
    {
        if (_encoding.Assumed)
        {
            ConfirmUtf8(cancellationToken);
        }

        for (var record = 1; ; record++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!TryReadRecord(record, out var feature))
            {
                _finished = true;
                yield break;
            }

            if (feature is not null)
            {
                yield return feature;
            }
        }
    }

    // Reads record number <record> from the .shp and the .dbf together; false after the last; feature null for a deleted record.
    private bool TryReadRecord(int record, out SourceFeature? feature)
    {
        feature = null;
        var position = $"record {record}";
        bool hasShape;
        string? problem = null;
        try
        {
            hasShape = _shapes.Read();
        }
        catch (FileLoadException e)
        {
            // The Esri reader raises this for a shape that breaks the format's rules after it has read the whole record, so the .shp and
            // the .dbf stay in step and the other records can still be read.
            hasShape = true;
            problem = $"the shape breaks the Shapefile format's rules ({e.Message.TrimEnd('.')}); repair it where it was made "
                + "(QGIS: Fix geometries) and export the layer again";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Unreadable(".shp", position, e);
        }

        bool hasRow;
        bool deleted;
        try
        {
            hasRow = _table.Read(out deleted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Unreadable(".dbf", position, e);
        }

        if (hasShape != hasRow)
        {
            var (longer, shorter) = hasShape ? (".shp", ".dbf") : (".dbf", ".shp");
            throw new SourceFormatException(
                _parts.Name(shorter),
                position,
                $"ends before record {record}, but {_parts.Name(longer)} goes on: the two files do not belong together, "
                + "or one was cut short. Copy all the Shapefile's files again from where they were made.");
        }

        if (!hasRow)
        {
            return false;
        }

        // dBASE marks a deleted row instead of removing it; GDAL and ArcGIS do not show it, and neither do we.
        if (!deleted)
        {
            var geometry = problem is null ? _shapes.Geometry : null;
            if (problem is null && (geometry is null || geometry.IsEmpty))
            {
                (geometry, problem) = (null, "the record has no geometry");
            }

            var (id, attributes) = Attributes();
            feature = new SourceFeature(id, geometry, attributes, position, problem);
        }

        return true;
    }

    private (string? Id, Dictionary<string, object?> Attributes) Attributes()
    {
        string? id = null;
        var attributes = new Dictionary<string, object?>(_table.Fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < _table.Fields.Count; i++)
        {
            var field = _table.Fields[i];
            var value = ToValue(field);
            if (i == _idField)
            {
                id = (string?)value;
            }
            else
            {
                attributes[field.Name] = value;
            }
        }

        return (id, attributes);
    }

    // dBASE fields are typed, so values keep the field's type: a numeric field without decimals gives whole numbers.
    private static object? ToValue(DbfField field) => field.Value switch
    {
        null => null,
        string text => text.Length == 0 ? null : text,
        bool flag => flag,
        int number => (long)number,
        long number => number,
        double number => number,
        float number => (double)number,
        decimal number when field.NumericScale == 0 && number is >= long.MinValue and <= long.MaxValue => (long)number,
        decimal number => (double)number,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    // With no encoding stated, the text is read as UTF-8 only if every value decodes as UTF-8; one pass over the .dbf says so up front,
    // before any feature is imported.
    private void ConfirmUtf8(CancellationToken cancellationToken)
    {
        using var stream = _parts.Open(".dbf");
        using var table = OpenTable(stream, _encoding.Encoding);
        for (var record = 1; ; record++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (!table.Read(out _))
                {
                    return;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw Unreadable(".dbf", $"record {record}", e);
            }
        }
    }

    private DbfReader OpenTable(ShapefilePartStream stream, Encoding encoding) => ReadHeader(".dbf", () => new DbfReader(stream, encoding));

    private T ReadHeader<T>(string extension, Func<T> open)
    {
        try
        {
            return open();
        }
        catch (Exception e) when (e is not OperationCanceledException and not SourceFormatException)
        {
            throw Unreadable(extension, "header", e);
        }
    }

    private SourceFormatException Unreadable(string extension, string position, Exception error)
    {
        var file = _parts.Name(extension);
        return error switch
        {
            EndOfStreamException => new SourceFormatException(
                file,
                position,
                $"the file ends too early ({error.Message}), as when a copy or download is cut short. Copy the complete file again.",
                error),
            DecoderFallbackException when _encoding.Assumed => new SourceFormatException(
                file,
                position,
                $"holds text that is not UTF-8, and {_encoding.Source}. Add a .cpg file holding the encoding's name "
                + "(for example GBK) beside the .shp, or choose the encoding when importing (GBK for files from a Chinese ArcGIS).",
                error),
            DecoderFallbackException => new SourceFormatException(
                file,
                position,
                $"holds text that is not {_encoding.Encoding.WebName}, though {_encoding.Source}. "
                + "Correct the .cpg file (or add one) to name the encoding the text is in, for example UTF-8 or GBK.",
                error),
            _ => new SourceFormatException(file, position, $"cannot be read as part of a Shapefile: {error.Message}", error),
        };
    }

    private static int FindIdField(DbfFieldCollection fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].FieldType == DbfType.Character && string.Equals(fields[i].Name, IdField, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static T Opened<T>(List<IDisposable> opened, T resource)
        where T : IDisposable
    {
        opened.Add(resource);
        return resource;
    }
}
