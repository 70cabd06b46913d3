using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Core.Tests.Analysis.Network;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests.Analysis.Indicators.Scorecard;

/// <summary>Travel time from a block's interior point to the centre, against times worked out by hand on one road.</summary>
public sealed class CentreTravelTimeTests
{
    private static readonly GeometryFactory LonLat = new(new PrecisionModel(), 4326);
    private static readonly CrsTransform ToLonLat = new(CrsRegistry.Cgcs2000Gk123, CrsRegistry.Crs84);

    // A 3 km primary road at 36 km/h; the block is centred on its western end, the centre sits on its eastern end.
    private static readonly MultimodalNetwork Network = MultimodalNetwork.Build(
        new SyntheticLayers().Road("road", 36, (0, 0), (3000, 0)).Layers, CommuteScenario.OfYear(2025), NetworkSettings.Default);

    private static readonly PlanFeature Block =
        Feature("block", "core_blocks", LonLat.CreatePolygon([At(-50, -50), At(50, -50), At(50, 50), At(-50, 50), At(-50, -50)]));

    [Fact]
    public void Walking_takes_the_road_at_4_8_km_h_and_the_car_drives_it_at_36_km_h_times_0_55()
    {
        var centre = Feature("centre", "rail_stations", LonLat.CreatePoint(At(3000, 0)));

        var walking = BlockScorecard.TravelToCentre(Network, Block, centre, TravelModes.Walk | TravelModes.Rail);
        var driving = BlockScorecard.TravelToCentre(Network, Block, centre, TravelModes.Walk | TravelModes.Rail | TravelModes.Car);

        // 3,000 m / (4.8 / 3.6 m/s) = 2,250 s; by car 3,000 m / 5.5 m/s = 545.5 s, faster than driving 3 km × 1.3 off the road
        // at 25 km/h (561.6 s).
        Assert.Equal(new CentreTravelTime(2025, "walk,rail", 37.5, null), walking);
        Assert.Equal(new CentreTravelTime(2025, "walk,rail,car", 9.1, null), driving);
    }

    [Fact]
    public void A_centre_off_the_network_is_not_reached_and_says_so()
    {
        var centre = Feature("centre", "rail_stations", LonLat.CreatePoint(At(0, 400_000)));

        var walking = BlockScorecard.TravelToCentre(Network, Block, centre, TravelModes.Walk);

        Assert.Null(walking.Minutes);
        Assert.Contains("not reached within 240 minutes by walk", walking.NullReason, StringComparison.Ordinal);
    }

    private static Coordinate At(double x, double y)
    {
        var lonLat = ToLonLat.Apply(SyntheticLayers.BaseX + x, SyntheticLayers.BaseY + y);
        return new Coordinate(lonLat.X, lonLat.Y);
    }

    private static PlanFeature Feature(string id, string layer, Geometry geometry) => new()
    {
        Id = id,
        Layer = layer,
        Geometry = geometry,
        NameZh = id,
        NameEn = id,
        Status = FeatureStatus.Operating,
        Source = "test fixture drawn in EPSG:4550",
        AccuracyM = 0,
    };
}
