using System.Text.Json;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Geodata;

/// <summary>Reads one layer's GeoJSON FeatureCollection into features, inferring the layer's attribute fields.</summary>
internal sealed class GeoJsonLayerReader(LayerDefinition layer, string file, ICollection<GeodataProblem> problems)
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);
    private const string NullReasonSuffix = "_null_reason";
    private static readonly HashSet<string> CommonNames = LayerInfo.CommonFields.Select(f => f.Name).ToHashSet();
    private Action<string?, string>? _problem;
    private readonly PropertyNames _names = new();
    private bool _malformed;

    /// <summary>The features and the layer-specific fields they carry, in order of first appearance; null for malformed JSON.</summary>
    public (List<PlanFeature> Features, List<FieldInfo> Fields)? Read(Stream stream)
    {
        var fields = new FieldInference();
        var features = Features(stream, fields).ToList();
        if (_malformed)
        {
            return null;
        }

        var result = fields.Result();
        for (var i = 0; i < features.Count; i++)
        {
            features[i] = Conform(features[i], result);
        }

        return (features, result);
    }

    /// <summary>A first pass that reads only the properties: the layer's fields and how many features it has; null for malformed JSON.</summary>
    /// <remarks>Problems with values are left to the pass that reads the features, so each is reported once.</remarks>
    public (List<FieldInfo> Fields, int Count)? InferFields(Stream stream)
    {
        var fields = new FieldInference();
        var json = new GeoJsonFeatureStream(stream);
        var properties = new List<FeatureProperty>();
        var count = 0;
        while (MoveNext(json, count))
        {
            properties.Clear();
            ParsedFeature.PropertyKindsOf(json.Current, _names, properties);
            foreach (var property in properties.Where(p => !CommonNames.Contains(p.Name)))
            {
                fields.Observe(property, "", static (_, _) => { });
            }

            count++;
        }

        return _malformed ? null : (fields.Result(), count);
    }

    /// <summary>The features one at a time, as they are read, their attributes in the given fields (which <see cref="InferFields"/> found).</summary>
    public IEnumerable<PlanFeature> ReadFeatures(Stream stream, IReadOnlyList<FieldInfo> fields) =>
        Features(stream, new FieldInference()).Select(feature => Conform(feature, fields));

    // Every feature that passes the per-feature rules, in file order; malformed JSON ends the file early, reported.
    private IEnumerable<PlanFeature> Features(Stream stream, FieldInference fields)
    {
        var json = new GeoJsonFeatureStream(stream);
        for (var index = 0; MoveNext(json, index); index++)
        {
            if (ReadFeature(json.Current, index, fields) is { } feature)
            {
                yield return feature;
            }
        }
    }

    private bool MoveNext(GeoJsonFeatureStream json, int index)
    {
        try
        {
            if (json.MoveNext())
            {
                return true;
            }

            if (!json.HasFeatures)
            {
                Problem(null, "the file must be a GeoJSON FeatureCollection with a 'features' array");
            }
        }
        catch (JsonException e)
        {
            Problem(json.HasFeatures ? $"features[{index}]" : null, e.Message);
            _malformed = true;
        }

        return false;
    }

    private static PlanFeature Conform(PlanFeature feature, IReadOnlyList<FieldInfo> fields)
    {
        var attributes = FieldInference.Conform(feature.Attributes, fields);
        return ReferenceEquals(attributes, feature.Attributes) ? feature : feature with { Attributes = attributes };
    }

    private PlanFeature? ReadFeature(ReadOnlySpan<byte> json, int index, FieldInference fields)
    {
        var (id, geometry, properties) = ParsedFeature.Parse(json, _names);
        if (string.IsNullOrWhiteSpace(id))
        {
            Problem($"features[{index}]", "every feature needs a string 'id' at the top level");
            return null;
        }

        var normalised = Normalise(geometry, id);
        if (properties is null)
        {
            Problem(id, "'properties' must be an object");
            return null;
        }

        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (!CommonNames.Contains(property.Name))
            {
                attributes[property.Name] = fields.Observe(property, id, _problem ??= Problem);
            }

            // Unknown is null with a reason: a value written as null needs its <name>_null_reason beside it.
            if (property.Kind == JsonValueKind.Null && !property.Name.EndsWith(NullReasonSuffix, StringComparison.Ordinal) &&
                Find(properties, property.Name + NullReasonSuffix) is not { Kind: JsonValueKind.String })
            {
                Problem(id, $"'{property.Name}' is null without a '{property.Name}{NullReasonSuffix}' saying why");
            }
        }

        var nameZh = RequiredText(properties, "name_zh", id);
        var nameEn = RequiredText(properties, "name_en", id);
        var source = RequiredText(properties, "source", id);
        var statusText = Find(properties, "status") is { Kind: JsonValueKind.String, Value: string s } ? s : null;
        if (!WireName.TryParse(statusText, out FeatureStatus status))
        {
            Problem(id, $"'status' is '{statusText}'; allowed: {string.Join(", ", WireName.All<FeatureStatus>())}");
        }

        var accuracy = Find(properties, "accuracy_m") switch
        {
            { Kind: JsonValueKind.Number, Value: long whole } => whole,
            { Kind: JsonValueKind.Number, Value: double real } => real,
            _ => double.NaN,
        };
        if (!(accuracy > 0))
        {
            Problem(id, "'accuracy_m' must be a positive number of metres");
        }

        if (normalised is null || nameZh is null || nameEn is null || source is null)
        {
            return null;
        }

        return new PlanFeature
        {
            Id = id,
            Layer = layer.Id,
            Geometry = normalised,
            NameZh = nameZh,
            NameEn = nameEn,
            Status = status,
            OpenYear = OptionalYear(properties, "open_year", id),
            TargetYear = OptionalYear(properties, "target_year", id),
            Source = source,
            AccuracyM = accuracy,
            Attributes = attributes,
        };
    }

    private Geometry? Normalise(ParsedGeometry geometry, string id)
    {
        if (geometry.Error is { } error)
        {
            Problem(id, error);
            return null;
        }

        var normalised = geometry.Value switch
        {
            Polygon p when layer.GeometryType == nameof(MultiPolygon) => Wgs84.CreateMultiPolygon([p]),
            LineString l when layer.GeometryType == nameof(MultiLineString) => Wgs84.CreateMultiLineString([l]),
            var other => other,
        };
        if (normalised is null || normalised.GeometryType != layer.GeometryType)
        {
            Problem(id, $"geometry is {geometry.Value?.GeometryType ?? "empty"} but layer '{layer.Id}' holds {layer.GeometryType}");
            return null;
        }

        return normalised;
    }

    private string? RequiredText(List<FeatureProperty> properties, string name, string id)
    {
        if (Find(properties, name) is { Kind: JsonValueKind.String, Value: string text } && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        Problem(id, $"'{name}' must be a non-empty string");
        return null;
    }

    private int? OptionalYear(List<FeatureProperty> properties, string name, string id)
    {
        var value = Find(properties, name);
        if (value is null or { Kind: JsonValueKind.Null })
        {
            return null;
        }

        if (value is { Kind: JsonValueKind.Number, Value: long year and >= 1800 and <= 2100 })
        {
            return (int)year;
        }

        Problem(id, $"'{name}' must be a year between 1800 and 2100, or null");
        return null;
    }

    // The last member of that name wins, as with any JSON object read into a map.
    private static FeatureProperty? Find(List<FeatureProperty> properties, string name)
    {
        for (var i = properties.Count - 1; i >= 0; i--)
        {
            if (properties[i].Name == name)
            {
                return properties[i];
            }
        }

        return null;
    }

    private void Problem(string? item, string message) => problems.Add(new GeodataProblem(file, item, message));
}
