using System.Text.Json.Serialization;
using GeoPlan.Core.Model;
using GeoPlan.Server.Http;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Features;

/// <summary>A GeoJSON Feature as the API writes it: string id, WGS 84 geometry, flat properties.</summary>
public sealed record GeoJsonFeature(
    string Id,
    Geometry Geometry,
    IReadOnlyDictionary<string, object?> Properties,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Link>? Links = null)
{
    /// <summary>Always <c>Feature</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "Feature";

    /// <summary>The response form of a stored feature: common fields first, then the layer's attributes.</summary>
    public static GeoJsonFeature From(PlanFeature feature, IReadOnlyList<Link>? links = null)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["layer"] = feature.Layer,
            ["name_zh"] = feature.NameZh,
            ["name_en"] = feature.NameEn,
            ["status"] = WireName.Of(feature.Status),
            ["open_year"] = feature.OpenYear,
            ["target_year"] = feature.TargetYear,
            ["source"] = feature.Source,
            ["accuracy_m"] = feature.AccuracyM,
        };
        foreach (var (name, value) in feature.Attributes)
        {
            properties[name] = value;
        }

        return new GeoJsonFeature(feature.Id, feature.Geometry, properties, links);
    }
}

/// <summary>A GeoJSON FeatureCollection with the OGC API paging members.</summary>
public sealed record GeoJsonFeatureCollection(
    IReadOnlyList<GeoJsonFeature> Features,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonPropertyName("numberMatched")] long? NumberMatched,
    [property: JsonPropertyName("numberReturned")] int NumberReturned,
    [property: JsonPropertyName("timeStamp")] DateTimeOffset TimeStamp,
    IReadOnlyList<Link> Links)
{
    /// <summary>Always <c>FeatureCollection</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "FeatureCollection";
}
