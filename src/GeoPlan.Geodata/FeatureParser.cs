using System.Text.Json;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.GeoJson;
using NetTopologySuite.Geometries;

namespace GeoPlan.Geodata;

/// <summary>Turns one GeoJSON feature of a layer into a <see cref="PlanFeature"/> by the per-feature rules, with the problems it has.</summary>
/// <remarks>Needs nothing from other features, so features can be parsed on several threads; one parser serves one thread.</remarks>
internal sealed class FeatureParser(LayerDefinition layer, string file)
{
    private const string NullReasonSuffix = "_null_reason";
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);
    private static readonly HashSet<string> CommonNames = LayerInfo.CommonFields.Select(f => f.Name).ToHashSet();

    private readonly PropertyNames _names = new();
    private readonly List<FeatureProperty> _properties = new(16);
    private List<GeodataProblem>? _problems;

    /// <summary>Parses the feature at position <paramref name="index"/> of the file; the feature is null when a rule it breaks leaves none.</summary>
    public FeatureRead Parse(ReadOnlySpan<byte> json, int index)
    {
        _problems = null;
        var feature = Read(json, index);
        return new FeatureRead(feature, _problems);
    }

    private PlanFeature? Read(ReadOnlySpan<byte> json, int index)
    {
        var (id, geometry, properties) = ParsedFeature.Parse(json, _names, _properties);
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

        var attributes = new Dictionary<string, object?>(properties.Count, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (!CommonNames.Contains(property.Name))
            {
                attributes[property.Name] = property.Kind is JsonValueKind.Array or JsonValueKind.Object or JsonValueKind.Undefined
                    ? Reject(property.Name, id)
                    : property.Value;
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

    private object? Reject(string name, string id)
    {
        Problem(id, $"'{name}' must be a string, number, boolean or null; write lists as comma-separated text");
        return null;
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

    private void Problem(string? item, string message) => (_problems ??= []).Add(new GeodataProblem(file, item, message));
}

/// <summary>One feature as parsed: the feature, or null when it broke a rule that leaves none, and the problems found in it.</summary>
internal readonly record struct FeatureRead(PlanFeature? Feature, List<GeodataProblem>? Problems);
