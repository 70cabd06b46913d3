using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Storage;

/// <summary>A feature as column values by field name, the one mapping every store writes and reads through.</summary>
/// <remarks>Values are string, long, double, bool or null: status as its wire name, years as long.</remarks>
public static class FeatureColumns
{
    /// <summary>The value a feature has for a common or layer-specific field.</summary>
    public static object? ValueOf(PlanFeature feature, string field)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return field switch
        {
            "name_zh" => feature.NameZh,
            "name_en" => feature.NameEn,
            "status" => WireName.Of(feature.Status),
            "open_year" => (long?)feature.OpenYear,
            "target_year" => (long?)feature.TargetYear,
            "source" => feature.Source,
            "accuracy_m" => feature.AccuracyM,
            _ => feature.Attributes.GetValueOrDefault(field),
        };
    }

    /// <summary>A feature from its stored values: the common fields and the named layer-specific attributes.</summary>
    public static PlanFeature ToFeature(string layer, string id, Geometry geometry, Func<string, object?> valueOf, IEnumerable<string> attributes)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        var status = (string)valueOf("status")!;
        return new PlanFeature
        {
            Id = id,
            Layer = layer,
            Geometry = geometry,
            NameZh = (string)valueOf("name_zh")!,
            NameEn = (string)valueOf("name_en")!,
            Status = WireName.TryParse(status, out FeatureStatus parsed) ? parsed : throw new InvalidDataException($"'{status}' is not a feature status"),
            OpenYear = (int?)(long?)valueOf("open_year"),
            TargetYear = (int?)(long?)valueOf("target_year"),
            Source = (string)valueOf("source")!,
            AccuracyM = (double)valueOf("accuracy_m")!,
            Attributes = attributes.ToDictionary(name => name, valueOf, StringComparer.Ordinal),
        };
    }
}
