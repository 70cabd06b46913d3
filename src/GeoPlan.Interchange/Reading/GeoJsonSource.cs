using System.Globalization;
using System.Text.Json;
using GeoPlan.Interchange.GeoJson;

namespace GeoPlan.Interchange.Reading;

/// <summary>Reads a GeoJSON FeatureCollection, or newline-delimited GeoJSON (one Feature per line), as it streams.</summary>
/// <remarks>RFC 7946 fixes WGS 84 longitude/latitude; a 2008-style <c>crs</c> member before the features names another CRS.</remarks>
public sealed class GeoJsonSource : IFeatureSource
{
    private readonly FileStream _stream;
    private readonly string _name;
    private readonly bool _delimited;
    private GeoJsonFeatureStream? _collection;

    /// <summary>Opens <paramref name="path"/>; <paramref name="delimited"/> reads one feature per line instead of a FeatureCollection.</summary>
    public GeoJsonSource(string path, bool delimited)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        _name = Path.GetFileName(path);
        _delimited = delimited;
    }

    /// <inheritdoc />
    public string Format => _delimited ? "newline-delimited GeoJSON" : "GeoJSON";

    /// <inheritdoc />
    public string? DeclaredCrs => _collection?.NamedCrs;

    /// <inheritdoc />
    public string? ImpliedCrs => "CRS84";

    /// <inheritdoc />
    public double Progress => _stream.Length == 0 ? 1 : (double)_stream.Position / _stream.Length;

    /// <inheritdoc />
    public IEnumerable<SourceFeature> ReadFeatures(CancellationToken cancellationToken = default) =>
        _delimited ? ReadLines(cancellationToken) : ReadCollection(cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private IEnumerable<SourceFeature> ReadCollection(CancellationToken cancellationToken)
    {
        _collection = new GeoJsonFeatureStream(_stream);
        var names = new PropertyNames();
        var properties = new List<FeatureProperty>();
        for (var index = 0; Next(_collection, index); index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var position = $"features[{index}] at byte {_collection.CurrentOffset.ToString(CultureInfo.InvariantCulture)}";
            if (_collection.CrsFollowsFeatures)
            {
                throw new SourceFormatException(_name, position, "the 'crs' member comes after 'features'; move it before them or name the CRS with --crs");
            }

            yield return ToSource(ParsedFeature.Parse(_collection.Current, names, properties), position);
        }

        if (!_collection.HasFeatures)
        {
            throw new SourceFormatException(_name, "the whole file", "there is no 'features' array: a GeoJSON FeatureCollection is expected");
        }

        if (_collection.CrsFollowsFeatures)
        {
            throw new SourceFormatException(_name, "the 'crs' member", "the 'crs' member comes after 'features'; move it before them or name the CRS with --crs");
        }
    }

    private bool Next(GeoJsonFeatureStream collection, int index)
    {
        try
        {
            return collection.MoveNext();
        }
        catch (JsonException e)
        {
            throw new SourceFormatException(_name, $"after features[{index - 1}], line {e.LineNumber + 1}", $"the JSON is malformed: {e.Message}", e);
        }
    }

    private IEnumerable<SourceFeature> ReadLines(CancellationToken cancellationToken)
    {
        var names = new PropertyNames();
        var properties = new List<FeatureProperty>();
        using var reader = new StreamReader(_stream, leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            // GeoJSON text sequences (RFC 8142) start each record with a record separator.
            var text = line.TrimStart('\u001e').Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var position = "line " + number.ToString(CultureInfo.InvariantCulture);
            var json = System.Text.Encoding.UTF8.GetBytes(text);
            if (!IsWholeJson(json, out var problem))
            {
                throw new SourceFormatException(_name, position, $"the line is not one complete JSON Feature: {problem}");
            }

            yield return ToSource(ParsedFeature.Parse(json, names, properties), position);
        }
    }

    private static bool IsWholeJson(ReadOnlySpan<byte> json, out string? problem)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            reader.Skip();
            problem = reader.Read() ? "more follows the feature on the same line" : null;
            return problem is null;
        }
        catch (JsonException e)
        {
            problem = e.Message;
            return false;
        }
    }

    private static SourceFeature ToSource(ParsedFeature parsed, string position)
    {
        var attributes = new Dictionary<string, object?>(parsed.Properties?.Count ?? 0, StringComparer.Ordinal);
        string? attributeProblem = parsed.Properties is null ? "'properties' is not an object" : null;
        foreach (var property in parsed.Properties ?? [])
        {
            if (property.Kind is JsonValueKind.Array or JsonValueKind.Object or JsonValueKind.Undefined)
            {
                attributeProblem ??= $"'{property.Name}' is {Describe(property.Kind)}; GeoPlan keeps text, numbers, booleans and null: flatten it first";
                continue;
            }

            attributes[property.Name] = property.Value;
        }

        return new SourceFeature(parsed.Id, parsed.Geometry.Value, attributes, position, parsed.Geometry.Error, attributeProblem);
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "a number too large for a double",
    };
}
