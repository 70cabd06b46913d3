using GeoPlan.Core.Analysis.Network;

namespace GeoPlan.Core.Tests.Analysis.Network;

public sealed class RoadSearchTests
{
    private const double Tolerance = 1e-3;

    [Fact]
    public void A_grid_of_two_way_roads_gives_the_Manhattan_travel_time()
    {
        // 5 × 5 vertices 1 km apart; 36 km/h primary roads with congestion factor 0.55 → 19.8 km/h = 5.5 m/s by car.
        var layers = new SyntheticLayers();
        for (var i = 0; i < 5; i++)
        {
            layers.Road($"row-{i}", 36, [.. Enumerable.Range(0, 5).Select(j => (j * 1000.0, i * 1000.0))]);
            layers.Road($"column-{i}", 36, [.. Enumerable.Range(0, 5).Select(j => (i * 1000.0, j * 1000.0))]);
        }

        var network = MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);
        var corner = CarNode(network, 0, 0);
        var times = TravelTimeSearch.FromNodes(network.Graph, [new NodeStart(corner, 0)], TravelModes.Car, SearchDirection.Forward, 1e9);
        for (var x = 0; x < 5; x++)
        {
            for (var y = 0; y < 5; y++)
            {
                Assert.Equal((x + y) * 1000 / 5.5, times[CarNode(network, x * 1000, y * 1000)], Tolerance);
            }
        }

        // On foot (4.8 km/h) the same blocks take (x + y) km / 1.333 m/s.
        var walk = TravelTimeSearch.FromNodes(network.Graph, [new NodeStart(FootNode(network, 0, 0), 0)], TravelModes.Walk, SearchDirection.Forward, 1e9);
        Assert.Equal(7000 / (4.8 / 3.6), walk[FootNode(network, 3000, 4000)], Tolerance);
    }

    [Fact]
    public void A_oneway_road_is_driven_one_way_but_walked_both_ways()
    {
        // A oneway street east (2 km at 60 km/h × 0.55), and a slow two-way detour back (north, west, south).
        var layers = new SyntheticLayers()
            .Road("east", "primary", 60, oneway: true, (0, 0), (2000, 0))
            .Road("detour", "residential", 20, oneway: false, (2000, 0), (2000, 500), (0, 500), (0, 0));
        var network = MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);
        var west = CarNode(network, 0, 0);
        var east = CarNode(network, 2000, 0);

        var fromWest = Search(network, west, TravelModes.Car);
        var fromEast = Search(network, east, TravelModes.Car);

        Assert.Equal(2000 / (60 / 3.6 * 0.55), fromWest[east], Tolerance);
        Assert.Equal(3000 / (20 / 3.6 * 0.8), fromEast[west], Tolerance);
        var walked = Search(network, FootNode(network, 2000, 0), TravelModes.Walk);
        Assert.Equal(2000 / (4.8 / 3.6), walked[FootNode(network, 0, 0)], Tolerance);
    }

    [Fact]
    public void The_cutoff_leaves_farther_nodes_unreached()
    {
        var layers = new SyntheticLayers().Road("line", 36, (0, 0), (1000, 0), (2000, 0), (3000, 0));
        var network = MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);
        var times = TravelTimeSearch.FromNodes(
            network.Graph, [new NodeStart(CarNode(network, 0, 0), 0)], TravelModes.Car, SearchDirection.Forward, (2000 / 5.5) + 1);

        Assert.Equal(3, times.ReachedCount);
        Assert.Equal(double.PositiveInfinity, times[CarNode(network, 3000, 0)]);
    }

    [Fact]
    public void Expressways_carry_cars_only()
    {
        var layers = new SyntheticLayers().Road("ring", "ring_expressway", 100, oneway: false, (0, 0), (5000, 0));
        var network = MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);

        Assert.All(Enumerable.Range(0, network.Graph.NodeCount), n => Assert.Equal(NodeKind.RoadByCar, network.Graph.Kind(n)));
        Assert.All(network.Graph.Edges(), e => Assert.Equal(TravelModes.Car, e.Modes));
        Assert.Equal(2, network.Graph.EdgeCount);
    }

    internal static NodeTimes Search(MultimodalNetwork network, int node, TravelModes modes) =>
        TravelTimeSearch.FromNodes(network.Graph, [new NodeStart(node, 0)], modes, SearchDirection.Forward, double.MaxValue);

    internal static int CarNode(MultimodalNetwork network, double x, double y) => NodeAt(network, NodeKind.RoadByCar, x, y);

    internal static int FootNode(MultimodalNetwork network, double x, double y) => NodeAt(network, NodeKind.RoadOnFoot, x, y);

    internal static int NodeAt(MultimodalNetwork network, NodeKind kind, double x, double y)
    {
        var target = SyntheticLayers.At(x, y);
        return Enumerable.Range(0, network.Graph.NodeCount)
            .Where(n => network.Graph.Kind(n) == kind)
            .Single(n => network.Graph.Position(n).Distance(target) < 0.01);
    }
}
