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

    /// <summary>The features read and the layer-specific fields they carry, in order of first appearance.</summary>
    public (List<PlanFeature> Features, List<FieldInfo> Fields) Read(JsonElement root)
    {
        var features = new List<PlanFeature>();
        var fields = new FieldInference();
        if (!root.TryGetProperty("features", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            Problem(null, "the file must be a GeoJSON FeatureCollection with a 'features' array");
            return (features, fields.Result());
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var feature = ReadFeature(element, $"features[{index++}]", fields);
            if (feature is not null)
            {
                features.Add(feature);
            }
        }

        var result = fields.Result();
        return (features.Select(f => f with { Attributes = FieldInference.Conform(f.Attributes, result) }).ToList(), result);
    }

    private PlanFeature? ReadFeature(JsonElement element, string position, FieldInference fields)
    {
        if (!element.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String ||
            string.IsNullOrWhiteSpace(idElement.GetString()))
        {
            Problem(position, "every feature needs a string 'id' at the top level");
            return null;
        }

        var id = idElement.GetString()!;
        var geometry = ReadGeometry(element, id);
        if (!element.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            Problem(id, "'properties' must be an object");
            return null;
        }

        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            if (!CommonNames.Contains(property.Name))
            {
                attributes[property.Name] = fields.Observe(property, id, Problem);
            }

            // Unknown is null with a reason: a value written as null needs its <name>_null_reason beside it.
            if (property.Value.ValueKind == JsonValueKind.Null && !property.Name.EndsWith(NullReasonSuffix, StringComparison.Ordinal) &&
                !(properties.TryGetProperty(property.Name + NullReasonSuffix, out var reason) && reason.ValueKind == JsonValueKind.String))
            {
                Problem(id, $"'{property.Name}' is null without a '{property.Name}{NullReasonSuffix}' saying why");
            }
        }

        var nameZh = RequiredText(properties, "name_zh", id);
        var nameEn = RequiredText(properties, "name_en", id);
        var source = RequiredText(properties, "source", id);
        var statusText = properties.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        if (!WireName.TryParse(statusText, out FeatureStatus status))
        {
            Problem(id, $"'status' is '{statusText}'; allowed: {string.Join(", ", WireName.All<FeatureStatus>())}");
        }

        var accuracy = properties.TryGetProperty("accuracy_m", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetDouble() : double.NaN;
        if (!(accuracy > 0))
        {
            Problem(id, "'accuracy_m' must be a positive number of metres");
        }

        if (geometry is null || nameZh is null || nameEn is null || source is null)
        {
            return null;
        }

        return new PlanFeature
        {
            Id = id,
            Layer = layer.Id,
            Geometry = geometry,
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

    private Geometry? ReadGeometry(JsonElement feature, string id)
    {
        if (!feature.TryGetProperty("geometry", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            Problem(id, "'geometry' is missing or null");
            return null;
        }

        Geometry? geometry;
        try
        {
            geometry = element.Deserialize<Geometry>(GeodataJson.Options);
        }
        catch (JsonException e)
        {
            Problem(id, $"the geometry is not valid GeoJSON: {e.Message}");
            return null;
        }

        var normalised = geometry switch
        {
            Polygon p when layer.GeometryType == nameof(MultiPolygon) => Wgs84.CreateMultiPolygon([p]),
            LineString l when layer.GeometryType == nameof(MultiLineString) => Wgs84.CreateMultiLineString([l]),
            _ => geometry,
        };
        if (normalised is null || normalised.GeometryType != layer.GeometryType)
        {
            Problem(id, $"geometry is {geometry?.GeometryType ?? "empty"} but layer '{layer.Id}' holds {layer.GeometryType}");
            return null;
        }

        normalised.SRID = 4326;
        return normalised;
    }

    private string? RequiredText(JsonElement properties, string name, string id)
    {
        if (properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String &&
            !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString();
        }

        Problem(id, $"'{name}' must be a non-empty string");
        return null;
    }

    private int? OptionalYear(JsonElement properties, string name, string id)
    {
        if (!properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var year) && year is >= 1800 and <= 2100)
        {
            return year;
        }

        Problem(id, $"'{name}' must be a year between 1800 and 2100, or null");
        return null;
    }

    private void Problem(string? item, string message) => problems.Add(new GeodataProblem(file, item, message));
}
