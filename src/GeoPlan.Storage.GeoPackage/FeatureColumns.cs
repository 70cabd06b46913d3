using GeoPlan.Core.Model;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>Maps a feature's common properties and attributes to column values by field name.</summary>
internal static class FeatureColumns
{
    /// <summary>The value a feature has for a field, as stored (status as its wire name, booleans as 0/1).</summary>
    public static object? ValueOf(PlanFeature feature, string field) => field switch
    {
        "name_zh" => feature.NameZh,
        "name_en" => feature.NameEn,
        "status" => WireName.Of(feature.Status),
        "open_year" => feature.OpenYear,
        "target_year" => feature.TargetYear,
        "source" => feature.Source,
        "accuracy_m" => feature.AccuracyM,
        _ => feature.Attributes.GetValueOrDefault(field) is bool flag ? (flag ? 1 : 0) : feature.Attributes.GetValueOrDefault(field),
    };
}
