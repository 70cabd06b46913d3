using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.GeoJson;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Features;

/// <summary>A GeoJSON Feature sent to create or replace an item, read into a feature of its collection, or the 400 naming the member
/// at fault and how to fix it.</summary>
/// <remarks>The properties are the ones a GET returns: the fields every feature has (name_zh, name_en, status, source and accuracy_m
/// required; open_year, target_year optional), the collection's own fields, and <c>layer</c>, which must name the collection.</remarks>
public static class ItemBody
{
    private const string Example =
        "e.g. {\"type\": \"Feature\", \"geometry\": {...}, \"properties\": {\"name_zh\": \"...\", \"name_en\": \"...\", " +
        "\"status\": \"planned\", \"source\": \"...\", \"accuracy_m\": 50}}";

    private static readonly string[] Required = ["name_zh", "name_en", "status", "source", "accuracy_m"];

    /// <summary>Reads the request body as a JSON object, or the 400 saying why it is not one.</summary>
    public static async Task<(JsonObject? Body, ProblemHttpResult? Problem)> ReadObjectAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: ct) is JsonObject body
                ? (body, null)
                : (null, ApiProblem.BadParameter("body", $"the body is not a JSON object; send a GeoJSON Feature, {Example}"));
        }
        catch (JsonException e)
        {
            return (null, ApiProblem.BadParameter("body", $"the body is not JSON ({e.Message}); send a GeoJSON Feature, {Example}"));
        }
    }

    /// <summary>The feature a GeoJSON Feature object describes for <paramref name="layer"/>.</summary>
    /// <param name="body">The Feature object.</param>
    /// <param name="layer">The collection it is written to.</param>
    /// <param name="pathId">The id the URL names (PUT, PATCH), or null (POST: the body's id, or a new one).</param>
    public static (PlanFeature? Feature, ProblemHttpResult? Problem) Read(JsonObject body, LayerInfo layer, string? pathId)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(layer);
        if (body["type"]?.GetValueKind() != JsonValueKind.String || body["type"]!.GetValue<string>() != "Feature")
        {
            return Fail("type", $"a GeoJSON Feature has \"type\": \"Feature\"; {Example}");
        }

        var (id, idProblem) = ReadId(body["id"], pathId);
        if (idProblem is not null)
        {
            return (null, idProblem);
        }

        if (body["geometry"] is not JsonObject geometryObject)
        {
            return Fail("geometry", $"give the geometry as a GeoJSON geometry object in WGS 84 (lon, lat) of type {layer.GeometryType}");
        }

        Geometry geometry;
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(geometryObject.ToJsonString()));
            reader.Read();
            geometry = GeoJsonGeometryReader.Read(ref reader);
        }
        catch (JsonException e)
        {
            return Fail("geometry", $"the geometry cannot be read ({e.Message}); give a GeoJSON {layer.GeometryType} in WGS 84 (lon, lat)");
        }

        if (body["properties"] is not JsonObject properties)
        {
            return Fail("properties", $"give the properties as an object; {Example}");
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in properties)
        {
            if (name == "layer")
            {
                if (value?.GetValueKind() != JsonValueKind.String || value.GetValue<string>() != layer.Id)
                {
                    return Fail("layer", $"the feature is written to '{layer.Id}'; leave 'layer' out or give \"{layer.Id}\"");
                }

                continue;
            }

            var field = layer.FindField(name);
            if (field is null)
            {
                var fields = string.Join(", ", LayerInfo.CommonFields.Concat(layer.Fields).Select(f => f.Name));
                return Fail(name, $"'{name}' is not a field of '{layer.Id}'; its fields are {fields}");
            }

            if (!TryConvert(field.Type, value, out var converted))
            {
                return Fail(name, $"'{name}' holds {WireName.Of(field.Type)} values (or null); got {value?.ToJsonString() ?? "nothing"}");
            }

            values[name] = converted;
        }

        if (Required.FirstOrDefault(name => values.GetValueOrDefault(name) is null) is { } missing)
        {
            return Fail(missing, $"'{missing}' is required; every feature has {string.Join(", ", Required)}");
        }

        if (!WireName.TryParse((string)values["status"]!, out FeatureStatus status))
        {
            return Fail("status", $"'{values["status"]}' is not a status; use one of {string.Join(", ", WireName.All<FeatureStatus>())}");
        }

        return (new PlanFeature
        {
            Id = id ?? $"{layer.Id}_{Guid.NewGuid():N}",
            Layer = layer.Id,
            Geometry = geometry,
            NameZh = (string)values["name_zh"]!,
            NameEn = (string)values["name_en"]!,
            Status = status,
            OpenYear = (int?)(long?)values.GetValueOrDefault("open_year"),
            TargetYear = (int?)(long?)values.GetValueOrDefault("target_year"),
            Source = (string)values["source"]!,
            AccuracyM = Convert.ToDouble(values["accuracy_m"], CultureInfo.InvariantCulture),
            Attributes = layer.Fields.ToDictionary(f => f.Name, f => values.GetValueOrDefault(f.Name), StringComparer.Ordinal),
        }, null);
    }

    private static (string? Id, ProblemHttpResult? Problem) ReadId(JsonNode? node, string? pathId)
    {
        var id = node?.GetValueKind() switch
        {
            null or JsonValueKind.Null => null,
            JsonValueKind.String => node.GetValue<string>(),
            JsonValueKind.Number => node.ToJsonString(),
            _ => "",
        };
        if (id is "" || (id is not null && id.Any(char.IsControl)))
        {
            return (null, ApiProblem.BadParameter("id", "give the id as a non-empty string without control characters, or leave it out"));
        }

        if (pathId is not null && id is not null && id != pathId)
        {
            return (null, ApiProblem.BadParameter(
                "id",
                $"the body's id '{id}' is not the URL's '{pathId}'; an id does not change: create a new feature and delete this one"));
        }

        return (pathId ?? id, null);
    }

    private static bool TryConvert(FieldType type, JsonNode? node, out object? value)
    {
        value = null;
        var kind = node?.GetValueKind() ?? JsonValueKind.Null;
        if (kind == JsonValueKind.Null)
        {
            return true;
        }

        switch (type, kind)
        {
            case (FieldType.Text, JsonValueKind.String):
                value = node!.GetValue<string>();
                return true;
            case (FieldType.Integer, JsonValueKind.Number)
                when long.TryParse(node!.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole):
                value = whole;
                return true;
            case (FieldType.Real, JsonValueKind.Number):
                value = node!.GetValue<double>();
                return double.IsFinite((double)value);
            case (FieldType.Boolean, JsonValueKind.True or JsonValueKind.False):
                value = kind == JsonValueKind.True;
                return true;
            default:
                return false;
        }
    }

    private static (PlanFeature?, ProblemHttpResult?) Fail(string member, string detail) => (null, ApiProblem.BadParameter(member, detail));
}
