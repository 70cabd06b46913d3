using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Testing.Roads;

/// <summary>Makes the features of the generated <c>roads</c> layer: one LineString per street or expressway.</summary>
internal static class GeneratedRoad
{
    public const string Source = "generated";
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>A road feature; traffic runs from the first coordinate to the last when <paramref name="oneway"/>.</summary>
    public static PlanFeature Create(string id, string nameZh, string nameEn, RoadClass roadClass, bool oneway, Coordinate[] coordinates) => new()
    {
        Id = id,
        Layer = "roads",
        Geometry = Wgs84.CreateLineString(coordinates),
        NameZh = nameZh,
        NameEn = nameEn,
        Status = FeatureStatus.Operating,
        Source = Source,
        // The geometry is the generated road itself, exact to the rounding of its coordinates (about 1 cm).
        AccuracyM = 0.01,
        Attributes = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["road_class"] = roadClass.Name,
            ["speed_kmh"] = roadClass.SpeedKmh,
            ["oneway"] = oneway,
        },
    };
}
