using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests.Analysis.Network;

public sealed class BundledNetworkTests
{
    private static readonly NetworkLayers Layers = new(Layer("roads"), Layer("rail_lines"), Layer("rail_stations"));

    [Theory]
    [InlineData(2023)]
    [InlineData(2025)]
    public void From_Renmin_Guangchang_a_60_minute_walk_and_rail_trip_reaches_Shenyang_North_by_line_2(int year)
    {
        var network = MultimodalNetwork.Build(Layers, CommuteScenario.OfYear(year), NetworkSettings.Default);
        var origin = Metres(123.434, 41.806);

        var times = TravelTimeSearch.FromPoint(network, origin, TravelModes.Walk | TravelModes.Rail, SearchDirection.Forward, 3600);

        // 人民广场 is the origin itself (0 m to walk). Line 2 runs every 4 minutes there (section m2): a 120 s wait. It rides
        // 人民广场 → 金融中心 → 沈阳北站, drawn straight station to station, at 36 km/h (10 m/s); nothing is faster (walking the
        // 1.8 km takes about 29 minutes).
        var ride = Distance("station-renmin-guangchang", "station-jinrong-zhongxin") + Distance("station-jinrong-zhongxin", "station-shenyang-beizhan");
        Assert.InRange(ride, 1500, 2500);
        Assert.Equal(120 + (ride / 10), times[network.StationExits["station-shenyang-beizhan"]], 0.01);
        Assert.Empty(network.Assumptions);

        var surface = TravelTimeSurface.Paint(network, origin, times, TravelModes.Walk | TravelModes.Rail, 3600, 250);
        var north = Metres(123.437, 41.822);
        var cell = surface[(int)((north.X - surface.MinX) / 250), (int)((north.Y - surface.MinY) / 250)];
        Assert.InRange(cell, 120 + (ride / 10), 120 + (ride / 10) + (250 * 0.975));
    }

    [Fact]
    public void The_2025_network_runs_the_lines_opened_since_2023()
    {
        var before = MultimodalNetwork.Build(Layers, CommuteScenario.OfYear(2023), NetworkSettings.Default);
        var after = MultimodalNetwork.Build(Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);

        Assert.DoesNotContain("m3-phase-1-west", before.RunningLines);
        Assert.Contains("m3-phase-1-west", after.RunningLines);
        Assert.Contains("hsr-shenbai-shenyang-baihe", after.RunningLines);
        Assert.DoesNotContain("icr-shenfu", after.RunningLines);
        Assert.True(after.Graph.EdgeCount > before.Graph.EdgeCount);
    }

    private static double Distance(string from, string to) => Metres(Station(from)).Distance(Metres(Station(to)));

    private static Point Station(string id) => (Point)Layers.RailStations.Single(s => s.Id == id).Geometry;

    private static Coordinate Metres(Point lonLat) => Metres(lonLat.X, lonLat.Y);

    private static Coordinate Metres(double lon, double lat)
    {
        var (x, y) = new CrsTransform(CrsRegistry.Crs84, CrsRegistry.Cgcs2000Gk123).Apply(lon, lat);
        return new Coordinate(x, y);
    }

    private static List<PlanFeature> Layer(string id) => [.. BundledGeodata.Result.Dataset.Features.Where(f => f.Layer == id)];
}
