using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Model;

/// <summary>A plan layer (an OGC API collection): its identity, titles, geometry type and attribute schema.</summary>
/// <param name="Id">Stable identifier, e.g. <c>rail_stations</c>.</param>
/// <param name="TitleZh">Chinese title.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="Description">What the layer holds and where it comes from.</param>
/// <param name="GeometryType">The OGC geometry type every feature of the layer has, e.g. <c>MultiPolygon</c>.</param>
/// <param name="Fields">The layer-specific attributes, beyond the fields every feature has.</param>
/// <param name="Extent">The bounding box of all features in WGS 84, or null when the layer is empty.</param>
/// <param name="FeatureCount">How many features the layer holds.</param>
public sealed record LayerInfo(
    string Id,
    string TitleZh,
    string TitleEn,
    string Description,
    OgcGeometryType GeometryType,
    IReadOnlyList<FieldInfo> Fields,
    Envelope? Extent,
    long FeatureCount)
{
    /// <summary>The fields every feature carries, whatever its layer, in column order.</summary>
    public static IReadOnlyList<FieldInfo> CommonFields { get; } =
    [
        new("name_zh", FieldType.Text),
        new("name_en", FieldType.Text),
        new("status", FieldType.Text),
        new("open_year", FieldType.Integer),
        new("target_year", FieldType.Integer),
        new("source", FieldType.Text),
        new("accuracy_m", FieldType.Real),
    ];

    /// <summary>Finds a queryable field (common or layer-specific) by name.</summary>
    public FieldInfo? FindField(string name) =>
        CommonFields.FirstOrDefault(f => f.Name == name) ?? Fields.FirstOrDefault(f => f.Name == name);
}
