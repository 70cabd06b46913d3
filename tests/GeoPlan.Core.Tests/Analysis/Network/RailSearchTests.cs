using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Model;

namespace GeoPlan.Core.Tests.Analysis.Network;

public sealed class RailSearchTests
{
    private const double Tolerance = 1e-3;

    // 4.8 km/h with circuity 1.3: 1.3 / (4.8 / 3.6) = 0.975 s per straight-line metre.
    private const double WalkSecondsPerMeter = 0.975;

    [Fact]
    public void A_single_line_costs_the_walk_half_the_headway_and_the_ride()
    {
        // Stations 6 km apart on a 36 km/h (10 m/s) line every 6 minutes; the origin is 500 m west of A.
        var layers = Line(new SyntheticLayers());
        var network = MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);
        var origin = SyntheticLayers.At(-500, 0);

        var times = TravelTimeSearch.FromPoint(network, origin, TravelModes.Rail, SearchDirection.Forward, 3600);

        // Walk 500 m × 0.975 = 487.5 s, wait 6 min / 2 = 180 s, ride 12 km / 10 m/s = 1200 s.
        Assert.Equal(487.5 + 180 + 1200, times[network.StationExits["C"]], Tolerance);
        Assert.Equal(487.5 + 180 + 600, times[network.StationExits["B"]], Tolerance);

        // The surface walks on from C: the cell centred 125 m east and 125 m north of C adds 176.78 m × 0.975 s/m.
        var surface = TravelTimeSurface.Paint(network, origin, times, TravelModes.Rail, 3600, 250);
        var centre = SyntheticLayers.At(12_125, 125);
        var column = (int)((centre.X - surface.MinX) / 250);
        var row = (int)((centre.Y - surface.MinY) / 250);
        Assert.Equal(1867.5 + (Math.Sqrt(2) * 125 * WalkSecondsPerMeter), surface[column, row], 0.01);
    }

    [Fact]
    public void Changing_lines_pays_the_wait_and_the_transfer_penalty()
    {
        // Line 1 A → B (6 km at 10 m/s, every 6 min); line 2 B → D 3 km north (every 10 min), and E 200 m east of B on line 3.
        var layers = new SyntheticLayers()
            .Station("A", 0, 0).Station("B", 6000, 0).Station("D", 6000, 3000).Station("E", 6200, 0).Station("F", 6200, 3000)
            .Rail("one", "L1", 36, 6, ["A", "B"])
            .Rail("two", "L2", 36, 10, ["B", "D"])
            .Rail("three", "L3", 36, 10, ["E", "F"]);
        var network = MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);

        var times = RoadSearchTests.Search(network, network.StationEntrances["A"], TravelModes.Rail);

        // 180 wait + 600 ride + (300 wait + 300 penalty) + 300 ride.
        Assert.Equal(180 + 600 + 300 + 300 + 300, times[network.StationExits["D"]], Tolerance);

        // Walking 200 m to E's entrance costs 195 s + the 300 s penalty, then E's own 300 s wait and the 300 s ride.
        Assert.Equal(180 + 600 + 195 + 300 + 300 + 300, times[network.StationExits["F"]], Tolerance);
    }

    [Fact]
    public void Sections_of_one_line_are_ridden_on_without_a_new_boarding()
    {
        var layers = new SyntheticLayers()
            .Station("A", 0, 0).Station("B", 6000, 0).Station("C", 12000, 0)
            .Rail("west", "L1", 36, 6, ["A", "B"])
            .Rail("east", "L1", 36, 10, ["B", "C"]);
        var network = MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);

        var times = RoadSearchTests.Search(network, network.StationEntrances["A"], TravelModes.Rail);

        Assert.Equal(180 + 1200, times[network.StationExits["C"]], Tolerance);
    }

    [Fact]
    public void Park_and_ride_drives_to_the_station_parks_and_boards()
    {
        // A 9 km primary road at 60 km/h × 0.55 ends 1 km west of A; then local driving, 5 min to park, the wait and the ride.
        var layers = Line(new SyntheticLayers()).Road("approach", 60, (-10_000, 0), (-1000, 0));
        var network = MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);
        var start = RoadSearchTests.CarNode(network, -10_000, 0);
        var drive = 9000 / (60 / 3.6 * 0.55);
        var local = 1000 * 1.3 / (25 / 3.6);

        var parkAndRide = RoadSearchTests.Search(network, start, TravelModes.Car | TravelModes.Rail);
        var carOnly = RoadSearchTests.Search(network, start, TravelModes.Car);

        Assert.Equal(drive + local + 300 + 180 + 1200, parkAndRide[network.StationExits["C"]], Tolerance);
        Assert.Equal(double.PositiveInfinity, carOnly[network.StationExits["C"]]);
    }

    [Fact]
    public void A_line_opening_in_2025_is_absent_in_2023_and_present_in_2025()
    {
        var layers = new SyntheticLayers()
            .Station("A", 0, 0).Station("B", 6000, 0).Station("C", 12000, 0)
            .Rail("old", "L1", 36, 6, ["A", "B"], FeatureStatus.Operating, 2010)
            .Rail("new", "L2", 36, 6, ["B", "C"], FeatureStatus.UnderConstruction, 2025);

        var before = MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2023), NetworkSettings.Default);
        var after = MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);

        Assert.Equal(["old"], before.RunningLines);
        Assert.False(before.StationEntrances.ContainsKey("C"));
        Assert.Equal(["old", "new"], after.RunningLines);
        var times = RoadSearchTests.Search(after, after.StationEntrances["A"], TravelModes.Rail);
        Assert.Equal(180 + 600 + 180 + 300 + 600, times[after.StationExits["C"]], Tolerance);
    }

    [Fact]
    public void A_named_scenario_adds_and_removes_lines_without_editing_the_data()
    {
        var layers = new SyntheticLayers()
            .Station("A", 0, 0).Station("B", 6000, 0).Station("C", 12000, 0)
            .Rail("old", "L1", 36, 6, ["A", "B"], FeatureStatus.Operating, 2010)
            .Rail("proposed", "L2", 72, null, ["A", "C"], FeatureStatus.Proposed);
        var origin = SyntheticLayers.At(0, 0);
        var plain = MultimodalNetwork.Build(layers.Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);
        var added = MultimodalNetwork.Build(
            layers.Layers, new CommuteScenario("2025 + L2", 2025, new HashSet<string> { "L2" }, new HashSet<string>()), NetworkSettings.Default);
        var removed = MultimodalNetwork.Build(
            layers.Layers, new CommuteScenario("2025 - old", 2025, new HashSet<string>(), new HashSet<string> { "old" }), NetworkSettings.Default);

        Assert.False(plain.StationEntrances.ContainsKey("C"));
        var times = TravelTimeSearch.FromPoint(added, origin, TravelModes.Rail, SearchDirection.Forward, 3600);

        // No headway in the data: the metro default of 8 minutes is assumed (and said), so the wait is 240 s; 12 km at 20 m/s.
        Assert.Equal(240 + 600, times[added.StationExits["C"]], Tolerance);
        Assert.Contains(added.Assumptions, a => a.Contains("'proposed'", StringComparison.Ordinal));
        Assert.Empty(removed.RunningLines);
        Assert.Empty(removed.StationEntrances);
    }

    [Fact]
    public void Nearest_node_tells_how_far_a_place_is_from_the_network()
    {
        var network = MultimodalNetwork.Build(Line(new SyntheticLayers()).Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);

        var nearest = network.Nearest(SyntheticLayers.At(-30_000, 40_000), TravelModes.Rail);

        Assert.Equal(network.StationEntrances["A"], nearest?.Node);
        Assert.Equal(50_000, nearest!.Value.Meters, 0.01);
    }

    private static SyntheticLayers Line(SyntheticLayers layers) => layers
        .Station("A", 0, 0).Station("B", 6000, 0).Station("C", 12000, 0)
        .Rail("line", "L1", 36, 6, ["A", "B", "C"]);
}
