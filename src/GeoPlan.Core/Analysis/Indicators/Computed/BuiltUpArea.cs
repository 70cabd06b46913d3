using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Polygonize;
using NetTopologySuite.Operation.Union;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>The denominator of the coverage indicators: the area inside the third ring road, standing in for the built-up area.</summary>
/// <remarks>
/// The data has no built-up or residential layer, so the area the closed loop of 三环 (<c>road-ring-3</c>) encloses is used instead:
/// most of Shenyang's urban fabric lies inside it, but so do some parks, rivers and industrial land, and some built-up land
/// (parts of 浑南, 沈北, 于洪) lies outside. It is labelled an approximation wherever it is used.
/// </remarks>
/// <param name="Boundary">The ring road feature that bounds it.</param>
/// <param name="Metres">The enclosed area in EPSG:4550 metres.</param>
public sealed record BuiltUpArea(PlanFeature Boundary, Geometry Metres)
{
    /// <summary>The feature id of the third ring road in the roads layer.</summary>
    public const string RingRoadId = "road-ring-3";

    /// <summary>What the denominator is, for every explanation that uses it.</summary>
    public const string Label =
        "Denominator: the area inside the third ring road (三环, roads/road-ring-3, polygonised), an approximation of the built-up area "
        + "because the data has no built-up or residential layer; population inside it is the 2020 census spread evenly over each district.";

    /// <summary>The area enclosed by the closed loop <paramref name="ringRoad"/> draws.</summary>
    /// <exception cref="ArgumentException">The road's lines enclose no area.</exception>
    public static BuiltUpArea InsideRing(PlanFeature ringRoad)
    {
        ArgumentNullException.ThrowIfNull(ringRoad);
        // Unioning the lines nodes them where they touch or cross, which the polygoniser needs to find the loops.
        var noded = UnaryUnionOp.Union(MetricMeasure.ToMetres(ringRoad.Geometry));
        var polygonizer = new Polygonizer();
        polygonizer.Add(noded);
        var polygons = polygonizer.GetPolygons();
        if (polygons.Count == 0)
        {
            throw new ArgumentException(
                $"{ringRoad.Layer}/{ringRoad.Id} encloses no area: its lines do not close into a loop; make its last vertex equal its first",
                nameof(ringRoad));
        }

        return new BuiltUpArea(ringRoad, UnaryUnionOp.Union(polygons));
    }

    /// <summary>The area inside <see cref="RingRoadId"/> among <paramref name="roads"/>.</summary>
    /// <exception cref="ArgumentException">The roads have no third ring, or it encloses no area.</exception>
    public static BuiltUpArea FromRoads(IEnumerable<PlanFeature> roads)
    {
        ArgumentNullException.ThrowIfNull(roads);
        var ring = roads.FirstOrDefault(r => r.Id == RingRoadId) ?? throw new ArgumentException(
            $"the roads layer has no feature '{RingRoadId}'; the coverage indicators use the area inside the third ring road as their "
            + "denominator, so add the ring as a closed line with that id",
            nameof(roads));
        return InsideRing(ring);
    }

    /// <summary>The bounding ring road as a contributing feature of an indicator, with the area it encloses.</summary>
    public ContributingFeature AsContributing() => new(
        Boundary,
        ContributingRoles.Denominator,
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["enclosed_km2"] = Math.Round(Metres.Area / 1e6, 6) });
}
