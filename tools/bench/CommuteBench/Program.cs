using System.Diagnostics;
using System.Globalization;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Testing;
using GeoPlan.Testing.Routing;
using NetTopologySuite.Geometries;
using Npgsql;

// Usage: CommuteBench SEGMENTS PG_CONNECTION ORIGINS MINUTES SEED CHECKED
// Generates a road network of at least SEGMENTS segments (GeneratedRoadNetwork, seeded), builds its road-only network once
// (held in memory, as the server holds it), copies its car edges into PostGIS, checks on the first CHECKED of ORIGINS seeded
// origins that TravelTimeSearch and pgr_drivingDistance reach the same nodes at the same costs, then times MINUTES of car
// reachability from each origin, one after the other:
//   ours      TravelTimeSearch.FromNodes on the graph in memory;
//   pgr       pgr_drivingDistance reading every edge through its edge SQL, as pgRouting runs;
//   pgr_bbox  the same with the edge SQL keeping only edges that start within reach (cutoff × the fastest edge's speed of
//             the origin), which cannot change the answer.
// pgRouting sends back only the count and sum of the reached costs, so the transfer of its answer is not timed.
// Prints "info KEY=VALUE..." and "SIDE ORIGIN MILLISECONDS REACHED" lines on stdout, progress on stderr.
if (args.Length != 6 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var segments) ||
    !int.TryParse(args[2], CultureInfo.InvariantCulture, out var originCount) || !double.TryParse(args[3], CultureInfo.InvariantCulture, out var minutes) ||
    !int.TryParse(args[4], CultureInfo.InvariantCulture, out var seed) || !int.TryParse(args[5], CultureInfo.InvariantCulture, out var checkedCount))
{
    Console.Error.WriteLine("usage: CommuteBench SEGMENTS PG_CONNECTION ORIGINS MINUTES SEED CHECKED");
    return 2;
}

var cutoff = minutes * 60;
var clock = Stopwatch.StartNew();
var roads = GeneratedRoadNetwork.Create(segments, seed).Features;
Console.Error.WriteLine($"CommuteBench: generated {roads.Count} roads in {clock.Elapsed.TotalSeconds:F1} s; building the network");
clock.Restart();
var network = MultimodalNetwork.Build(new NetworkLayers(roads, [], []), CommuteScenario.OfYear(2025), NetworkSettings.Default);
var graph = network.Graph;
var buildSeconds = clock.Elapsed.TotalSeconds;
var edges = CarRoutingEdges.Of(graph).ToList();
var carNodes = Enumerable.Range(0, graph.NodeCount).Where(n => graph.Kind(n) == NodeKind.RoadByCar).ToArray();
// The fastest car edge bounds how far a search can get: a node reached within the cutoff lies within cutoff × that speed.
var fastest = graph.Edges().Where(e => e.Modes == TravelModes.Car && e.Seconds > 0)
    .Max(e => graph.Position(e.From).Distance(graph.Position(e.To)) / e.Seconds);

await using var connection = new NpgsqlConnection(args[1]);
await connection.OpenAsync().ConfigureAwait(false);
Console.Error.WriteLine($"CommuteBench: copying {edges.Count} car edges into PostGIS");
clock.Restart();
await PgRoutingGraph.RequireExtensionAsync(connection).ConfigureAwait(false);
var pgRouting = await PgRoutingGraph.WriteAsync(connection, "commute_car_edges", edges).ConfigureAwait(false);
var loadSeconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"info roads={roads.Count} segments={roads.Sum(r => r.Geometry.NumPoints - 1)} nodes={graph.NodeCount} car_nodes={carNodes.Length} car_edges={edges.Count} build_s={buildSeconds:F1} load_s={loadSeconds:F1} fastest_kmh={fastest * 3.6:F0}"));

var random = new Random(seed);
var origins = random.GetItems(carNodes, originCount * 2).Distinct().Take(originCount).ToArray();
Envelope Reach(int origin)
{
    var envelope = new Envelope(graph.Position(origin));
    envelope.ExpandBy(cutoff * fastest);
    return envelope;
}

NodeTimes Search(int origin) =>
    TravelTimeSearch.FromNodes(graph, [new NodeStart(origin, 0)], TravelModes.Car, SearchDirection.Forward, cutoff);

// The answers must agree before their times mean anything.
var checkedOrigins = origins.Take(checkedCount).ToArray();
Console.Error.WriteLine($"CommuteBench: checking {checkedOrigins.Length} origins against pgr_drivingDistance");
var theirs = await pgRouting.DrivingDistanceAsync(connection, [.. checkedOrigins.Select(CarRoutingEdges.VertexOf)], cutoff).ConfigureAwait(false);
var differences = checkedOrigins
    .SelectMany(o => ReachabilityComparison.Differences(o, Search(o), theirs[CarRoutingEdges.VertexOf(o)], graph.NodeCount, cutoff))
    .ToList();
if (differences.Count > 0)
{
    Console.Error.WriteLine($"CommuteBench: {differences.Count} differences from pgRouting, the first: {string.Join("; ", differences.Take(5))}");
    return 1;
}

Console.WriteLine($"info checked={checkedOrigins.Length} differences=0");

// Warm both sides on other nodes: compiled code, the edge table in shared buffers.
foreach (var node in random.GetItems(carNodes, 3))
{
    Search(node);
    await pgRouting.DrivingDistanceSummaryAsync(connection, CarRoutingEdges.VertexOf(node), cutoff).ConfigureAwait(false);
    await pgRouting.DrivingDistanceSummaryAsync(connection, CarRoutingEdges.VertexOf(node), cutoff, Reach(node)).ConfigureAwait(false);
}

foreach (var origin in origins)
{
    clock.Restart();
    var ours = Search(origin);
    Report("ours", origin, ours.ReachedCount);
    clock.Restart();
    var (reached, _) = await pgRouting.DrivingDistanceSummaryAsync(connection, CarRoutingEdges.VertexOf(origin), cutoff).ConfigureAwait(false);
    Report("pgr", origin, reached);
    clock.Restart();
    (reached, _) = await pgRouting.DrivingDistanceSummaryAsync(connection, CarRoutingEdges.VertexOf(origin), cutoff, Reach(origin)).ConfigureAwait(false);
    Report("pgr_bbox", origin, reached);
}

return 0;

void Report(string side, int origin, long reached) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{side} {origin} {clock.Elapsed.TotalMilliseconds:F3} {reached}"));
