using GeoPlan.Core.Analysis.Network;
using GeoPlan.Testing;
using GeoPlan.Testing.Routing;

namespace GeoPlan.Storage.Tests.Network;

/// <summary>Car reachability on the road-only network equals pgRouting's <c>pgr_drivingDistance</c> over the same edges.</summary>
public sealed class PgRoutingCrossCheckTests
{
    private const int Origins = 100;
    private const double CutoffSeconds = 30 * 60;

    [SkippableFact]
    public async Task Car_reachability_from_100_random_origins_equals_pgr_drivingDistance()
    {
        var server = TestPostGis.Require();
        var roads = GeneratedRoadNetwork.Create(30_000, seed: 11);
        var network = MultimodalNetwork.Build(new NetworkLayers(roads.Features, [], []), CommuteScenario.OfYear(2025), NetworkSettings.Default);
        var graph = network.Graph;
        await using var database = await TemporaryDatabase.CreateAsync(server);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await PgRoutingGraph.RequireExtensionAsync(connection);
        var edges = CarRoutingEdges.Of(graph).ToList();
        var pgRouting = await PgRoutingGraph.WriteAsync(connection, "car_edges", edges);

        var carNodes = Enumerable.Range(0, graph.NodeCount).Where(n => graph.Kind(n) == NodeKind.RoadByCar).ToArray();
        var origins = new Random(5).GetItems(carNodes, Origins * 2).Distinct().Take(Origins).ToArray();
        var theirs = await pgRouting.DrivingDistanceAsync(connection, [.. origins.Select(CarRoutingEdges.VertexOf)], CutoffSeconds);

        var differences = new List<string>();
        var reachedCounts = new List<int>();
        foreach (var origin in origins)
        {
            var ours = TravelTimeSearch.FromNodes(graph, [new NodeStart(origin, 0)], TravelModes.Car, SearchDirection.Forward, CutoffSeconds);
            reachedCounts.Add(ours.ReachedCount);
            differences.AddRange(ReachabilityComparison.Differences(origin, ours, theirs[CarRoutingEdges.VertexOf(origin)], graph.NodeCount, CutoffSeconds));
        }

        Assert.Equal(Origins, origins.Length);
        Assert.True(differences.Count == 0, $"{differences.Count} differences, the first: {string.Join("; ", differences.Take(10))}");
        // The comparison means something: one-way streets make the edges asymmetric, searches reach far, and the cutoff stops them.
        var directed = edges.Select(e => (e.Source, e.Target)).ToHashSet();
        Assert.Contains(edges, e => !directed.Contains((e.Target, e.Source)));
        Assert.True(reachedCounts.Min() > 1 && reachedCounts.Average() > 500, $"reached {reachedCounts.Min()} to {reachedCounts.Max()} nodes");
        Assert.True(reachedCounts.Max() < carNodes.Length, "a search reached every car node: the cutoff was never tested");
    }
}
