using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>Adds the roads of a year to a graph: a car node at every vertex, a foot node where pedestrians may walk.</summary>
/// <remarks>
/// Roads connect only where they share a vertex (identical coordinates), as OSM ways do at junctions. Car edges cost
/// length / (speed × congestion factor), one way when <c>oneway</c> is set (against the drawing with <c>oneway_reverse</c>);
/// foot edges cost length / walking speed in both directions.
/// </remarks>
internal sealed class RoadGraphBuilder(TravelGraphBuilder graph, NetworkSettings settings, List<string> assumptions)
{
    private readonly Dictionary<(double Lon, double Lat), RoadVertex> _vertices = [];
    private readonly SortedDictionary<string, int> _unknownClasses = new(StringComparer.Ordinal);

    public void AddAll(IReadOnlyList<PlanFeature> roads, int year)
    {
        var scenario = new ScenarioYear(year);
        foreach (var road in roads)
        {
            if (scenario.Includes(road))
            {
                Add(road);
            }
        }

        foreach (var (roadClass, count) in _unknownClasses)
        {
            var speed = settings.UnknownRoadSpeed;
            assumptions.Add(
                $"{count} road(s) of class '{roadClass}' have no entry in NetworkSettings.RoadSpeeds: congestion factor " +
                $"{speed.CongestionFactor} assumed, and {speed.FreeFlowKmh} km/h where speed_kmh is missing");
        }
    }

    private void Add(PlanFeature road)
    {
        var roadClass = road.Text("road_class") ?? road.Text("highway") ?? "(none)";
        var known = settings.RoadSpeeds.TryGetValue(roadClass, out var classSpeed);
        if (!known)
        {
            classSpeed = settings.UnknownRoadSpeed;
            _unknownClasses[roadClass] = _unknownClasses.GetValueOrDefault(roadClass) + 1;
        }

        var speedKmh = road.Number("speed_kmh") is { } own && own > 0 ? own : classSpeed.FreeFlowKmh;
        var carMetersPerSecond = speedKmh / 3.6 * classSpeed.CongestionFactor;
        var walkable = !settings.CarOnlyRoadClasses.Contains(roadClass);
        var oneway = road.Flag("oneway");
        var reverse = oneway && road.Flag("oneway_reverse");
        var metres = MetricMeasure.ToMetres(road.Geometry);
        for (var part = 0; part < road.Geometry.NumGeometries; part++)
        {
            if (road.Geometry.GetGeometryN(part) is not LineString lonLat)
            {
                throw new NetworkDataException(
                    $"road '{road.Id}' has a {road.Geometry.GetGeometryN(part).GeometryType} part; roads must be LineString or " +
                    "MultiLineString geometries");
            }

            var projected = ((LineString)metres.GetGeometryN(part)).CoordinateSequence;
            AddLine(lonLat.CoordinateSequence, projected, carMetersPerSecond, walkable, oneway, reverse);
        }
    }

    private void AddLine(CoordinateSequence lonLat, CoordinateSequence metres, double carMetersPerSecond, bool walkable, bool oneway, bool reverse)
    {
        var previous = Vertex(lonLat, metres, 0, walkable);
        for (var i = 1; i < lonLat.Count; i++)
        {
            var current = Vertex(lonLat, metres, i, walkable);
            if (current.Car == previous.Car)
            {
                continue;
            }

            var length = Math.Sqrt(Square(metres.GetX(i) - metres.GetX(i - 1)) + Square(metres.GetY(i) - metres.GetY(i - 1)));
            var driving = length / carMetersPerSecond;
            if (!oneway)
            {
                graph.AddTwoWay(previous.Car, current.Car, driving, TravelModes.Car);
            }
            else if (reverse)
            {
                graph.AddEdge(current.Car, previous.Car, driving, TravelModes.Car);
            }
            else
            {
                graph.AddEdge(previous.Car, current.Car, driving, TravelModes.Car);
            }

            if (walkable)
            {
                graph.AddTwoWay(previous.Foot, current.Foot, length / settings.WalkMetersPerSecond, TravelModes.Walk);
            }

            previous = current;
        }
    }

    private RoadVertex Vertex(CoordinateSequence lonLat, CoordinateSequence metres, int index, bool walkable)
    {
        var key = (lonLat.GetX(index), lonLat.GetY(index));
        if (!_vertices.TryGetValue(key, out var vertex))
        {
            vertex = new RoadVertex(graph.AddNode(NodeKind.RoadByCar, metres.GetX(index), metres.GetY(index)), -1);
        }

        if (walkable && vertex.Foot < 0)
        {
            vertex = vertex with { Foot = graph.AddNode(NodeKind.RoadOnFoot, metres.GetX(index), metres.GetY(index)) };
        }

        _vertices[key] = vertex;
        return vertex;
    }

    private static double Square(double value) => value * value;

    private readonly record struct RoadVertex(int Car, int Foot);
}
