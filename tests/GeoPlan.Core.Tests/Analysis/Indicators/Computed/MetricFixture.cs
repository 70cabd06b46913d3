using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests.Analysis.Indicators.Computed;

/// <summary>Small features drawn in EPSG:4550 metres near Shenyang's centre and stored, like all features, in lon/lat.</summary>
internal static class MetricFixture
{
    private static readonly GeometryFactory Metres = new(new PrecisionModel(), 4550);
    private static readonly CrsTransform ToLonLat = new(CrsRegistry.Cgcs2000Gk123, CrsRegistry.Crs84);

    // The origin of the fixtures' metre coordinates: about 市府广场.
    private static readonly (double X, double Y) Origin = new CrsTransform(CrsRegistry.Crs84, CrsRegistry.Cgcs2000Gk123).Apply(123.434, 41.806);

    public static Polygon Square(double minX, double minY, double side) => Metres.CreatePolygon(
    [
        At(minX, minY), At(minX + side, minY), At(minX + side, minY + side), At(minX, minY + side), At(minX, minY),
    ]);

    public static PlanFeature Park(string id, double minX, double minY, double squareMetres, int? openYear = null) =>
        Feature(id, "parks", Square(minX, minY, Math.Sqrt(squareMetres)), openYear);

    /// <summary>A square loop road enclosing <paramref name="side"/>² from the origin, like the third ring.</summary>
    public static PlanFeature SquareRing(double side) => Feature(
        "road-ring-3",
        "roads",
        Metres.CreateMultiLineString([Metres.CreateLineString([At(0, 0), At(side, 0), At(side, side), At(0, side), At(0, 0)])]),
        null);

    public static PlanFeature Line(string id, string lineId, string mode, double fromX, double toX, double y, int? openYear, FeatureStatus status = FeatureStatus.Operating) =>
        Feature(id, "rail_lines", Metres.CreateMultiLineString([Metres.CreateLineString([At(fromX, y), At(toX, y)])]), openYear, status) with
        {
            Attributes = new Dictionary<string, object?> { ["mode"] = mode, ["line_id"] = lineId, ["line_name_zh"] = lineId + "号线" },
        };

    public static PlanFeature Station(string id, double x, double y, string lineIds, int? openYear, FeatureStatus status = FeatureStatus.Operating) =>
        Feature(id, "rail_stations", Metres.CreatePoint(At(x, y)), openYear, status) with
        {
            Attributes = new Dictionary<string, object?> { ["line_ids"] = lineIds },
        };

    /// <summary>A calculator whose one city and one district both are the square of <paramref name="side"/> from the origin.</summary>
    public static CoverageCalculator OneDistrict(double side, long population)
    {
        var square = Square(0, 0, side);
        return new CoverageCalculator(
            [new PopulationUnit("city", "metro_cities", "市", "City", square, population, null)],
            [new PopulationUnit("d1", "districts", "一区", "District 1", square, population, null)]);
    }

    private static Coordinate At(double x, double y) => new(Origin.X + x, Origin.Y + y);

    private static PlanFeature Feature(string id, string layer, Geometry metres, int? openYear, FeatureStatus status = FeatureStatus.Operating) => new()
    {
        Id = id,
        Layer = layer,
        Geometry = ToLonLat.Apply(metres),
        NameZh = id,
        NameEn = id,
        Status = status,
        OpenYear = openYear,
        Source = "test fixture drawn in EPSG:4550. Status as known at data date 2025-10.",
        AccuracyM = 0,
    };
}
