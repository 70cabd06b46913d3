using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;
using static GeoPlan.Core.Tests.Analysis.Indicators.Computed.MetricFixture;

namespace GeoPlan.Core.Tests.Analysis.Indicators.Scorecard;

/// <summary>Station and park coverage inside one block, against shares worked out by hand.</summary>
public sealed class BlockCoverageTests
{
    private const double Radius = 800;
    private const double HalfSide = 100;

    // The buffer's 64 chords a quarter circle lie up to 6 cm inside the circle: at most 12 m² of the block's 40,000 m² per 200 m arc.
    private const double BufferTolerance = 0.0005;

    private static readonly GeometryFactory Metres = new(new PrecisionModel(), 4550);
    private static readonly CrsTransform ToLonLat = new(CrsRegistry.Cgcs2000Gk123, CrsRegistry.Crs84);

    private static readonly PlanFeature[] Lines =
    [
        Line("m1", "M1", "metro", 0, 4000, 1000, openYear: 2010),
        Line("m9", "M9", "metro", 0, 4000, 1000, openYear: 2025),
    ];

    // The block spans 700 to 900 m east of "centre" and 700 to 900 m west of "later", 200 m north to south.
    private static readonly PlanFeature Block = Park("block", 1700, 900, 4 * HalfSide * HalfSide) with { Layer = "core_blocks" };

    private static readonly PlanFeature[] Stations =
    [
        Station("centre", 1000, 1000, "M1", openYear: 2010),
        Station("later", 2600, 1000, "M9", openYear: 2025),
        Station("far", 3900, 3900, "M1", openYear: 2010),
    ];

    // The part of the block inside one disc: ∫ (√(R² − y²) − 700) dy over |y| ≤ a = a√(R² − a²) + R² asin(a / R) − 700 · 2a.
    private static double HalfDiscShare =>
        ((HalfSide * Math.Sqrt((Radius * Radius) - (HalfSide * HalfSide)))
            + (Radius * Radius * Math.Asin(HalfSide / Radius))
            - (700 * 2 * HalfSide))
        / (4 * HalfSide * HalfSide);

    [Fact]
    public void A_square_block_straddling_the_edge_of_an_800_m_disc_is_covered_by_the_part_inside_the_circle()
    {
        var coverage = BlockScorecard.Stations(Block, Stations, Lines, 2023);

        Assert.Equal(0.48956, HalfDiscShare, 5);
        Assert.Equal(HalfDiscShare, coverage.Share, BufferTolerance);
        Assert.Equal(40_000, coverage.AreaSquareMetres, 0.5);
        Assert.Equal(HalfDiscShare * 40_000, coverage.CoveredSquareMetres, BufferTolerance * 40_000);
        Assert.Equal(["centre"], coverage.FeatureIds);
        Assert.Equal("station_800m_coverage", coverage.Key);
        Assert.Equal(2023, coverage.Year);
    }

    [Fact]
    public void A_station_opening_in_2025_covers_the_other_side_and_the_two_discs_do_not_meet_inside_the_block()
    {
        var coverage = BlockScorecard.Stations(Block, Stations, Lines, 2025);

        Assert.Equal(2 * HalfDiscShare, coverage.Share, 2 * BufferTolerance);
        Assert.Equal(["centre", "later"], coverage.FeatureIds);
    }

    [Fact]
    public void A_large_park_serves_500_m_a_small_one_300_m_and_overlapping_service_areas_count_once()
    {
        var large = Math.Sqrt(6000);
        var small = Math.Sqrt(4000);
        PlanFeature[] parks =
        [
            Park("large-south", 0, 0, 6000),
            Park("large-north", 0, large, 6000),
            Park("small", 0, 2000, 4000),
            Park("tiny", 0, 3000, 1500),
        ];
        // Each block runs from 100 m inside to 100 m beyond the radius east of its parks' straight edge: half of it is served.
        var besideLarge = Rectangle("beside-large", large + 400, 0, 200, 2 * large);
        var besideSmall = Rectangle("beside-small", small + 200, 2000, 200, small);
        var besideTiny = Rectangle("beside-tiny", Math.Sqrt(1500), 3000, 200, 100);

        var fromLarge = BlockScorecard.Parks(besideLarge, parks, 2025);
        var fromSmall = BlockScorecard.Parks(besideSmall, parks, 2025);
        var fromTiny = BlockScorecard.Parks(besideTiny, parks, 2025);

        // Either large park's buffer alone covers nearly all of the western half: counted twice the share would be close to 1.
        Assert.Equal(0.5, fromLarge.Share, 4);
        Assert.Equal(["large-south", "large-north"], fromLarge.FeatureIds);
        Assert.Equal(0.5, fromSmall.Share, 4);
        Assert.Equal(["small"], fromSmall.FeatureIds);
        Assert.Equal(0, fromTiny.Share);
        Assert.Empty(fromTiny.FeatureIds);
    }

    [Fact]
    public void A_park_opening_later_does_not_count_before_its_year()
    {
        var side = Math.Sqrt(6000);
        PlanFeature[] parks = [Park("new", 0, 0, 6000, openYear: 2025)];
        var block = Rectangle("beside", side + 400, 0, 200, side);

        Assert.Equal(0, BlockScorecard.Parks(block, parks, 2023).Share);
        Assert.Equal(0.5, BlockScorecard.Parks(block, parks, 2025).Share, 4);
    }

    [Fact]
    public void A_block_that_is_not_a_polygon_is_refused_with_its_name()
    {
        var error = Assert.Throws<ArgumentException>(() => BlockScorecard.Stations(Stations[0], Stations, Lines, 2023));

        Assert.Contains("rail_stations/centre is a Point", error.Message, StringComparison.Ordinal);
    }

    // A rectangle in the fixture's metres: its squares give the origin, the corners are placed from there.
    private static PlanFeature Rectangle(string id, double minX, double minY, double width, double height)
    {
        var origin = Square(0, 0, 1).Coordinates[0];
        var (x, y) = (origin.X + minX, origin.Y + minY);
        var rectangle = Metres.CreatePolygon(
            [new(x, y), new(x + width, y), new(x + width, y + height), new(x, y + height), new(x, y)]);
        return Park(id, 0, 0, 1) with { Layer = "core_blocks", Geometry = ToLonLat.Apply(rectangle) };
    }
}
