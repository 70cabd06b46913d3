using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>Adds the stations and the running rail lines of a scenario to a graph (after the roads, which stations link to).</summary>
/// <remarks>
/// Each station a running line calls at gets, at its position, a street entrance S and a street exit X, a transfer hall T,
/// a car park C, and a stop per line calling there. Boarding (S → stop) costs the wait, <see cref="NetworkSettings.WaitFactor"/>
/// × the headway; riding to the next stop costs the section's length between them / the line's speed; alighting (stop → T)
/// and leaving (T → X) are free; changing lines (T → stop) costs the wait plus <see cref="NetworkSettings.TransferPenaltySeconds"/>,
/// and a walk to another station's entrance within <see cref="NetworkSettings.TransferWalkMeters"/> costs the walk plus the
/// penalty. Entrance and exit are two nodes so that stepping out to the street and straight back in cannot dodge the transfer
/// penalty: the exit leads only to the streets (and the destination), the entrance only to the platforms.
/// Sections sharing a <c>line_id</c> share stops, so riding on between them needs no new boarding; a stop's headway is the
/// shortest of the running sections of its line that call there (the most frequent service boards there).
/// </remarks>
internal sealed class RailGraphBuilder(TravelGraphBuilder graph, NetworkSettings settings, List<string> assumptions)
{
    private readonly Dictionary<(string Line, string Station), Stop> _stops = [];
    private readonly Dictionary<string, StationNodes> _stations = new(StringComparer.Ordinal);

    public List<string> RunningLines { get; } = [];

    public Dictionary<string, int> StationEntrances { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> StationExits { get; } = new(StringComparer.Ordinal);

    public void AddAll(IReadOnlyList<PlanFeature> lines, IReadOnlyList<PlanFeature> stations, CommuteScenario scenario)
    {
        var roads = RoadIndex.Of(graph);
        var running = lines.Where(line => scenario.Runs(line, line.Text("line_id"))).Select(Section.Of).ToList();
        RunningLines.AddRange(running.Select(s => s.Feature.Id));
        var stationById = new Dictionary<string, PlanFeature>(StringComparer.Ordinal);
        foreach (var station in stations)
        {
            stationById.TryAdd(station.Id, station);
        }

        var served = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in running)
        {
            foreach (var id in section.StationIds)
            {
                served.Add(stationById.ContainsKey(id) ? id : throw new NetworkDataException(
                    $"rail line section '{section.Feature.Id}' lists station '{id}' in station_ids, but the rail stations layer has no " +
                    "feature with that id; add the station or correct station_ids"));
            }
        }

        // Stations in layer order, then stops in section order: the same layers always number the nodes the same way.
        foreach (var station in stations.Where(s => served.Contains(s.Id) && !_stations.ContainsKey(s.Id)))
        {
            AddStation(station, roads);
        }

        foreach (var section in running)
        {
            AddStops(section);
        }

        foreach (var stop in _stops.Values)
        {
            var station = _stations[stop.Station];
            var wait = settings.WaitFactor * stop.HeadwaySeconds;
            graph.AddEdge(station.Entrance, stop.Node, wait, TravelModes.Rail);
            graph.AddEdge(stop.Node, station.Transfer, 0, TravelModes.Rail);
            graph.AddEdge(station.Transfer, stop.Node, wait + settings.TransferPenaltySeconds, TravelModes.Rail);
        }

        foreach (var section in running)
        {
            AddRides(section);
        }

        AddTransferWalks();
    }

    private void AddStation(PlanFeature station, RoadIndex roads)
    {
        if (station.Geometry is not Point { IsEmpty: false })
        {
            throw new NetworkDataException(
                $"rail station '{station.Id}' has a {station.Geometry.GeometryType} geometry; stations must be points");
        }

        var position = MetricMeasure.ToMetres(station.Geometry).Coordinate;
        var nodes = new StationNodes(
            position,
            graph.AddNode(NodeKind.StationStreet, position.X, position.Y),
            graph.AddNode(NodeKind.StationStreet, position.X, position.Y),
            graph.AddNode(NodeKind.StationTransfer, position.X, position.Y),
            graph.AddNode(NodeKind.StationCar, position.X, position.Y));
        _stations.Add(station.Id, nodes);
        StationEntrances.Add(station.Id, nodes.Entrance);
        StationExits.Add(station.Id, nodes.Exit);
        graph.AddEdge(nodes.Transfer, nodes.Exit, 0, TravelModes.Rail);
        graph.AddEdge(nodes.Car, nodes.Entrance, settings.ParkAndRideSeconds, TravelModes.Car | TravelModes.Rail);

        var walkSecondsPerMeter = settings.Circuity / settings.WalkMetersPerSecond;
        foreach (var (node, meters) in roads.Foot.NearestWithin(position, settings.StationRoadLinks, settings.MaxWalkMeters))
        {
            graph.AddEdge(node, nodes.Entrance, meters * walkSecondsPerMeter, TravelModes.Walk);
            graph.AddEdge(nodes.Exit, node, meters * walkSecondsPerMeter, TravelModes.Walk);
        }

        var driveSecondsPerMeter = settings.Circuity / settings.CarLocalMetersPerSecond;
        foreach (var (node, meters) in roads.Car.NearestWithin(position, settings.StationRoadLinks, settings.MaxCarLocalMeters))
        {
            graph.AddTwoWay(nodes.Car, node, meters * driveSecondsPerMeter, TravelModes.Car);
        }
    }

    private void AddStops(Section section)
    {
        var headway = Headway(section) * 60;
        foreach (var id in section.StationIds)
        {
            var key = (section.LineId, id);
            _stops[key] = _stops.TryGetValue(key, out var stop)
                ? stop with { HeadwaySeconds = Math.Min(stop.HeadwaySeconds, headway) }
                : new Stop(id, graph.AddNode(NodeKind.LineStop, _stations[id].Position.X, _stations[id].Position.Y), headway);
        }
    }

    private double Headway(Section section)
    {
        if (section.Feature.Number("headway_min") is { } minutes && minutes > 0)
        {
            return minutes;
        }

        var mode = section.Feature.Text("mode") ?? "(none)";
        var assumed = settings.DefaultHeadwayMinutes.TryGetValue(mode, out var byMode) ? byMode : settings.FallbackHeadwayMinutes;
        assumptions.Add(
            $"rail line section '{section.Feature.Id}' has no headway_min: {assumed} minutes assumed for mode '{mode}' " +
            "(NetworkSettings.DefaultHeadwayMinutes)");
        return assumed;
    }

    private void AddRides(Section section)
    {
        var speedKmh = section.Feature.Number("speed_kmh") is { } speed && speed > 0 ? speed : throw new NetworkDataException(
            $"rail line section '{section.Feature.Id}' has no positive speed_kmh; set the line's average (or design) speed in km/h");
        var metres = MetricMeasure.ToMetres(section.Feature.Geometry);
        var along = new LengthIndexedLine(metres);
        for (var i = 1; i < section.StationIds.Count; i++)
        {
            var from = _stations[section.StationIds[i - 1]].Position;
            var to = _stations[section.StationIds[i]].Position;

            // Along the drawn line between the stations' nearest points; never shorter than the straight line between them.
            var length = Math.Max(Math.Abs(along.Project(to) - along.Project(from)), from.Distance(to));
            var seconds = length / (speedKmh / 3.6);
            graph.AddTwoWay(_stops[(section.LineId, section.StationIds[i - 1])].Node, _stops[(section.LineId, section.StationIds[i])].Node, seconds, TravelModes.Rail);
        }
    }

    private void AddTransferWalks()
    {
        var entries = _stations.Values.OrderBy(s => s.Entrance).ToList();
        var walkSecondsPerMeter = settings.Circuity / settings.WalkMetersPerSecond;
        var x = entries.Select(s => s.Position.X).ToArray();
        var y = entries.Select(s => s.Position.Y).ToArray();
        var index = new NodeGrid(x, y, Enumerable.Range(0, entries.Count).ToList(), settings.TransferWalkMeters);
        var near = new List<int>();
        for (var a = 0; a < entries.Count; a++)
        {
            near.Clear();
            index.Within(x[a], y[a], settings.TransferWalkMeters, near);
            near.Sort();
            foreach (var b in near.Where(b => b != a))
            {
                var walk = entries[a].Position.Distance(entries[b].Position) * walkSecondsPerMeter;
                graph.AddEdge(entries[a].Transfer, entries[b].Entrance, walk + settings.TransferPenaltySeconds, TravelModes.Rail);
            }
        }
    }

    private sealed record Section(PlanFeature Feature, string LineId, IReadOnlyList<string> StationIds)
    {
        public static Section Of(PlanFeature feature)
        {
            var ids = (feature.Text("station_ids") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (ids.Length < 2)
            {
                throw new NetworkDataException(
                    $"rail line section '{feature.Id}' runs in the scenario but lists {ids.Length} station(s) in station_ids; list at least " +
                    "two station ids, comma-separated in running order");
            }

            return new Section(feature, feature.Text("line_id") ?? feature.Id, ids);
        }
    }

    private sealed record StationNodes(Coordinate Position, int Entrance, int Exit, int Transfer, int Car);

    private sealed record Stop(string Station, int Node, double HeadwaySeconds);
}
