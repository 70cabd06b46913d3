using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests.Analysis.Network;

/// <summary>Roads, stations and rail lines drawn in metres near Shenyang (EPSG:4550) and stored in lon/lat like real layers.</summary>
internal sealed class SyntheticLayers
{
    /// <summary>A point near central Shenyang in EPSG:4550, the origin of the synthetic drawings.</summary>
    public const double BaseX = 500_000;

    /// <summary>Northing of <see cref="BaseX"/>'s point.</summary>
    public const double BaseY = 4_630_000;

    private static readonly CrsTransform ToLonLat = new(CrsRegistry.Cgcs2000Gk123, CrsRegistry.Crs84);
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public List<PlanFeature> Roads { get; } = [];

    public List<PlanFeature> Lines { get; } = [];

    public List<PlanFeature> Stations { get; } = [];

    public NetworkLayers Layers => new(Roads, Lines, Stations);

    /// <summary>A metric point relative to the base, in metres.</summary>
    public static Coordinate At(double x, double y) => new(BaseX + x, BaseY + y);

    public SyntheticLayers Road(string id, double speedKmh, params (double X, double Y)[] metres) =>
        Road(id, "primary", speedKmh, oneway: false, metres);

    public SyntheticLayers Road(string id, string roadClass, double? speedKmh, bool oneway, params (double X, double Y)[] metres)
    {
        Roads.Add(Feature(id, "roads", Line(metres), FeatureStatus.Operating, null, new()
        {
            ["road_class"] = roadClass,
            ["speed_kmh"] = speedKmh,
            ["oneway"] = oneway,
        }));
        return this;
    }

    public SyntheticLayers Station(string id, double x, double y)
    {
        var lonLat = ToLonLat.Apply(BaseX + x, BaseY + y);
        Stations.Add(Feature(id, "rail_stations", Factory.CreatePoint(new Coordinate(lonLat.X, lonLat.Y)), FeatureStatus.Operating, null, []));
        return this;
    }

    /// <summary>A rail section through the named stations, drawn straight from station to station.</summary>
    public SyntheticLayers Rail(
        string id, string lineId, double speedKmh, double? headwayMinutes, string[] stationIds,
        FeatureStatus status = FeatureStatus.Operating, int? openYear = null)
    {
        var metres = stationIds.Select(s => Position(s)).ToArray();
        Lines.Add(Feature(id, "rail_lines", Line(metres), status, openYear, new()
        {
            ["line_id"] = lineId,
            ["mode"] = "metro",
            ["speed_kmh"] = speedKmh,
            ["headway_min"] = headwayMinutes,
            ["station_ids"] = string.Join(',', stationIds),
        }));
        return this;
    }

    private (double X, double Y) Position(string stationId)
    {
        var point = (Point)Stations.Single(s => s.Id == stationId).Geometry;
        var metres = new CrsTransform(CrsRegistry.Crs84, CrsRegistry.Cgcs2000Gk123).Apply(point.X, point.Y);
        return (metres.X - BaseX, metres.Y - BaseY);
    }

    private static LineString Line((double X, double Y)[] metres) =>
        Factory.CreateLineString(metres.Select(m =>
        {
            var lonLat = ToLonLat.Apply(BaseX + m.X, BaseY + m.Y);
            return new Coordinate(lonLat.X, lonLat.Y);
        }).ToArray());

    private static PlanFeature Feature(
        string id, string layer, Geometry geometry, FeatureStatus status, int? openYear, Dictionary<string, object?> attributes) => new()
    {
        Id = id,
        Layer = layer,
        Geometry = geometry,
        NameZh = id,
        NameEn = id,
        Status = status,
        OpenYear = openYear,
        Source = "synthetic test network",
        AccuracyM = 0,
        Attributes = attributes,
    };
}
