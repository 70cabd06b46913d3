using GeoPlan.Core.Analysis.Network;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests.Analysis.Network;

public sealed class NetworkInvariantTests
{
    private const TravelModes All = TravelModes.Walk | TravelModes.Rail | TravelModes.Car;
    private const double Cutoff = 3600;
    private const double Cell = 250;

    // The invariants hold for any settings; shorter local drives keep 6,000 surfaces quick to paint in a debug build.
    private static readonly NetworkSettings Settings = NetworkSettings.Default with { MaxCarLocalMeters = 1500 };

    [Fact]
    public void Adding_a_line_never_increases_any_travel_time()
    {
        for (var seed = 0; seed < RandomNetworks.Cases; seed++)
        {
            var layers = RandomNetworks.Make(seed);
            var dropped = layers.Lines[seed % layers.Lines.Count].Id;
            var without = MultimodalNetwork.Build(
                layers.Layers, new CommuteScenario("without", 2025, new HashSet<string>(), new HashSet<string> { dropped }), Settings);
            var with = MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2025), Settings);

            AssertNoSlower(without, with, Origin(seed), seed);
        }
    }

    [Fact]
    public void Raising_a_speed_never_increases_any_travel_time()
    {
        for (var seed = 0; seed < RandomNetworks.Cases; seed++)
        {
            var raised = seed % 2 == 0 ? $"h-0-{seed % 2}" : "line-0";
            var slow = RandomNetworks.Make(seed);
            var fast = RandomNetworks.Make(seed, speedOf: (id, speed) => id == raised ? speed * 1.5 : speed);

            AssertNoSlower(Build(slow), Build(fast), Origin(seed), seed);
        }
    }

    [Fact]
    public void Results_are_identical_run_to_run()
    {
        for (var seed = 0; seed < RandomNetworks.Cases; seed++)
        {
            var first = Query(Build(RandomNetworks.Make(seed)), Origin(seed), SearchDirection.Forward);
            var second = Query(Build(RandomNetworks.Make(seed)), Origin(seed), SearchDirection.Forward);

            Assert.Equal(first.Times.Reached.ToArray(), second.Times.Reached.ToArray());
            Assert.Equal(Seconds(first.Times), Seconds(second.Times));
            Assert.Equal(first.Surface.Seconds, second.Surface.Seconds);
            Assert.Equal((first.Surface.MinX, first.Surface.MinY), (second.Surface.MinX, second.Surface.MinY));
        }
    }

    [Fact]
    public void Forward_from_A_to_B_equals_reverse_from_B_measured_at_A()
    {
        for (var seed = 0; seed < RandomNetworks.Cases; seed++)
        {
            var network = Build(RandomNetworks.Make(seed));
            var random = new Random(seed);
            var a = random.Next(network.Graph.NodeCount);
            var b = random.Next(network.Graph.NodeCount);

            var forward = TravelTimeSearch.FromNodes(network.Graph, [new NodeStart(a, 0)], All, SearchDirection.Forward, double.MaxValue);
            var reverse = TravelTimeSearch.FromNodes(network.Graph, [new NodeStart(b, 0)], All, SearchDirection.Reverse, double.MaxValue);

            Assert.Equal(forward[b], reverse[a], 1e-6);
        }
    }

    [Fact]
    public void On_two_way_roads_forward_and_reverse_agree_everywhere()
    {
        for (var seed = 0; seed < RandomNetworks.Cases; seed++)
        {
            var network = Build(RandomNetworks.Make(seed, twoWayRoadsOnly: true));
            var origin = Origin(seed);

            var forward = Query(network, origin, SearchDirection.Forward);
            var reverse = Query(network, origin, SearchDirection.Reverse);

            for (var n = 0; n < network.Graph.NodeCount; n++)
            {
                Assert.Equal(forward.Times[n], reverse.Times[n], 1e-6);
            }

            Assert.Equal(forward.Surface.Seconds, reverse.Surface.Seconds);
        }
    }

    [Fact]
    public void The_surface_is_never_below_the_straight_line_at_the_fastest_speed()
    {
        for (var seed = 0; seed < RandomNetworks.Cases; seed++)
        {
            var layers = RandomNetworks.Make(seed);

            // Nothing beats the fastest road or line going straight: roads at most 100 km/h, lines at most 80 km/h here.
            var fastest = Math.Max(100, layers.Lines.Max(l => Convert.ToDouble(l.Attributes["speed_kmh"], null))) / 3.6;
            var origin = Origin(seed);
            var surface = Query(Build(layers), origin, SearchDirection.Forward).Surface;

            for (var row = 0; row < surface.Rows; row++)
            {
                for (var column = 0; column < surface.Columns; column++)
                {
                    var bound = surface.CellCentre(column, row).Distance(origin) / fastest;
                    if (!(surface[column, row] >= bound - 1e-3))
                    {
                        Assert.Fail($"seed {seed}: cell ({column}, {row}) {surface[column, row]} s < {bound} s");
                    }
                }
            }
        }
    }

    private static MultimodalNetwork Build(SyntheticLayers layers) =>
        MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2025), Settings);

    private static Coordinate Origin(int seed)
    {
        var random = new Random(seed + 7919);
        return SyntheticLayers.At(random.Next(-500, 3000), random.Next(-500, 3000));
    }

    private static (NodeTimes Times, TravelTimeGrid Surface) Query(MultimodalNetwork network, Coordinate origin, SearchDirection direction)
    {
        var times = TravelTimeSearch.FromPoint(network, origin, All, direction, Cutoff);
        return (times, TravelTimeSurface.Paint(network, origin, times, All, Cutoff, Cell));
    }

    private static double[] Seconds(NodeTimes times) => [.. Enumerable.Range(0, times.Reached.Length == 0 ? 0 : times.Reached.ToArray().Max() + 1).Select(n => times[n])];

    // Road nodes keep their numbers (roads come first); stations are matched by id; surfaces by absolute cell.
    private static void AssertNoSlower(MultimodalNetwork before, MultimodalNetwork after, Coordinate origin, int seed)
    {
        var slow = Query(before, origin, SearchDirection.Forward);
        var fast = Query(after, origin, SearchDirection.Forward);
        for (var n = 0; n < before.Graph.NodeCount && before.Graph.Kind(n) is NodeKind.RoadByCar or NodeKind.RoadOnFoot; n++)
        {
            if (!(fast.Times[n] <= slow.Times[n] + 1e-9))
            {
                Assert.Fail($"seed {seed}: road node {n} {fast.Times[n]} s > {slow.Times[n]} s");
            }
        }

        foreach (var (station, exit) in before.StationExits)
        {
            var faster = fast.Times[after.StationExits[station]];
            if (!(faster <= slow.Times[exit] + 1e-9))
            {
                Assert.Fail($"seed {seed}: station {station} {faster} s > {slow.Times[exit]} s");
            }
        }

        for (var row = 0; row < slow.Surface.Rows; row++)
        {
            for (var column = 0; column < slow.Surface.Columns; column++)
            {
                var x = (int)Math.Round((slow.Surface.MinX - fast.Surface.MinX) / Cell) + column;
                var y = (int)Math.Round((slow.Surface.MinY - fast.Surface.MinY) / Cell) + row;
                var faster = x >= 0 && y >= 0 && x < fast.Surface.Columns && y < fast.Surface.Rows ? fast.Surface[x, y] : float.PositiveInfinity;
                if (!(faster <= slow.Surface[column, row] + 1e-3))
                {
                    Assert.Fail($"seed {seed}: cell ({column}, {row}) {faster} s > {slow.Surface[column, row]} s");
                }
            }
        }
    }
}
