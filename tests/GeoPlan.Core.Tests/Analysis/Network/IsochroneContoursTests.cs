using GeoPlan.Core.Analysis.Network;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests.Analysis.Network;

/// <summary>Isochrone polygons traced from travel-time grids: shapes users see on the map, and the guarantees they rely on.</summary>
public sealed class IsochroneContoursTests
{
    // A corner of Shenyang in EPSG:4550 metres, aligned to the default 250 m cells.
    private const double MinX = 541_000;
    private const double MinY = 4_630_000;

    [Fact]
    public void A_cone_of_travel_times_gives_a_disk_of_the_cutoff_radius()
    {
        const double cell = 100;
        const double speed = 10;
        const double radius = 3_000;
        var grid = Grid(81, 81, cell, (x, y) => Math.Sqrt((x * x) + (y * y)) / speed, centreOffset: 17);

        var disk = Assert.IsType<Polygon>(Single(grid, radius / speed));

        Assert.True(disk.IsValid);
        Assert.Empty(disk.Holes);
        Assert.InRange(disk.Area, Math.PI * radius * radius * 0.99, Math.PI * radius * radius * 1.01);
        var centre = new Coordinate(MinX + (40.5 * cell) + 17, MinY + (40.5 * cell) + 17);
        Assert.All(disk.Shell.Coordinates, c => Assert.InRange(c.Distance(centre), radius - (cell / 2), radius + (cell / 2)));
    }

    [Fact]
    public void Isochrones_are_in_metres_in_EPSG_4550()
    {
        var grid = Grid(5, 5, 250, (_, _) => 60);

        var area = Single(grid, 600);

        Assert.Equal(4550, area.SRID);
        Assert.Equal(4550, area.Factory.SRID);
    }

    [Fact]
    public void A_block_of_unreachable_cells_makes_a_hole()
    {
        const double cell = 250;
        var grid = Grid(20, 20, cell, (_, _) => 300);
        Fill(grid, 6, 13, 8, 11, float.PositiveInfinity);

        var polygon = Assert.IsType<Polygon>(Single(grid, 600));

        Assert.True(polygon.IsValid);
        var hole = Assert.Single(polygon.Holes);
        // The hole's boundary runs along the unreachable cells' outer edges, cut at the four corners.
        Assert.Equal((7 * 3 * cell * cell) - (4 * cell * cell / 8), new Polygon(hole).Area, 6);
        Assert.True(polygon.Covers(Point(grid, 0, 0)));
        Assert.False(polygon.Covers(Point(grid, 9, 9)));
    }

    [Fact]
    public void A_ring_of_unreachable_cells_leaves_an_island_inside_the_hole()
    {
        var grid = Grid(21, 21, 250, (_, _) => 300);
        Fill(grid, 5, 16, 5, 16, float.PositiveInfinity);
        Fill(grid, 8, 13, 8, 13, 300);

        var parts = Assert.IsType<MultiPolygon>(Single(grid, 600));

        Assert.True(parts.IsValid);
        Assert.Equal(2, parts.NumGeometries);
        var outer = (Polygon)parts.GetGeometryN(0);
        var island = (Polygon)parts.GetGeometryN(1);
        Assert.Single(outer.Holes);
        Assert.Empty(island.Holes);
        Assert.True(new Polygon(outer.Holes[0]).Contains(island));
        Assert.True(island.Covers(Point(grid, 10, 10)));
        Assert.False(parts.Covers(Point(grid, 6, 10)));
    }

    [Fact]
    public void Slower_places_inside_the_reach_make_a_hole_at_the_shorter_cutoff_only()
    {
        var grid = Grid(15, 15, 250, (_, _) => 600);
        Fill(grid, 6, 9, 6, 9, 2_400);

        var isochrones = IsochroneContours.Trace(grid, [1_200, 3_600]);

        Assert.Single(Assert.IsType<Polygon>(isochrones[0].Area).Holes);
        Assert.Empty(Assert.IsType<Polygon>(isochrones[1].Area).Holes);
    }

    [Fact]
    public void Two_separate_reachable_islands_give_a_multipolygon()
    {
        var grid = new TravelTimeGrid(MinX, MinY, 250, 12, 6);
        Fill(grid, 1, 4, 1, 4, 100);
        Fill(grid, 7, 11, 2, 5, 200);

        var parts = Assert.IsType<MultiPolygon>(Single(grid, 900));

        Assert.True(parts.IsValid);
        Assert.Equal(2, parts.NumGeometries);
        Assert.Equal(((3 * 3) + (4 * 3) - (8 / 8.0)) * 250 * 250, parts.Area, 6);
    }

    [Fact]
    public void A_saddle_joins_its_reachable_corners_only_when_the_mean_time_is_within_the_cutoff()
    {
        // Two fast cells on one diagonal, two slow ones on the other; the mean of the four is 300 s.
        var grid = new TravelTimeGrid(MinX, MinY, 250, 2, 2);
        Fill(grid, 0, 1, 0, 1, 0);
        Fill(grid, 1, 2, 1, 2, 0);
        Fill(grid, 1, 2, 0, 1, 600);
        Fill(grid, 0, 1, 1, 2, 600);

        var isochrones = IsochroneContours.Trace(grid, [299, 301]);

        var apart = Assert.IsType<MultiPolygon>(isochrones[0].Area);
        var joined = Assert.IsType<Polygon>(isochrones[1].Area);
        Assert.True(apart.IsValid);
        Assert.True(joined.IsValid);
        Assert.Equal(2, apart.NumGeometries);
        Assert.True(joined.Covers(apart));
        Assert.True(joined.Covers(joined.Factory.CreatePoint(grid.Extent.Centre)));
    }

    [Fact]
    public void A_single_reachable_cell_gives_a_diamond_on_its_edges()
    {
        const double cell = 250;
        var grid = new TravelTimeGrid(MinX, MinY, cell, 5, 5);
        Fill(grid, 2, 3, 3, 4, 120);

        var diamond = Assert.IsType<Polygon>(Single(grid, 300));

        Assert.True(diamond.IsValid);
        Assert.Equal(5, diamond.NumPoints);
        Assert.Equal(cell * cell / 2, diamond.Area, 6);
        Assert.Equal(grid.CellCentre(2, 3), diamond.Centroid.Coordinate);
    }

    [Fact]
    public void A_cell_exactly_at_the_cutoff_still_counts_as_within_it()
    {
        var grid = Grid(3, 3, 250, (_, _) => 900);
        Fill(grid, 1, 2, 1, 2, 600);

        var area = Single(grid, 600);

        Assert.True(area.IsValid);
        Assert.True(area.Covers(Point(grid, 1, 1)));
        Assert.InRange(area.Area, 0, 1);
    }

    [Fact]
    public void Nothing_within_the_cutoff_gives_an_empty_polygon()
    {
        var unreachable = new TravelTimeGrid(MinX, MinY, 250, 30, 20);
        var slow = Grid(4, 4, 250, (_, _) => 7_200);

        var isochrones = IsochroneContours.Trace(unreachable, [1_800, 3_600]).Concat(IsochroneContours.Trace(slow, [3_600]));

        Assert.All(isochrones, i => Assert.True(Assert.IsType<Polygon>(i.Area).IsEmpty));
    }

    [Fact]
    public void Cutoffs_in_any_order_give_the_same_polygon_for_each_cutoff_in_the_order_asked()
    {
        var grid = Grid(60, 40, 250, (x, y) => (Math.Abs(x) + (2 * Math.Abs(y))) / 8);
        Fill(grid, 20, 26, 10, 30, float.PositiveInfinity);

        var ascending = IsochroneContours.Trace(grid, [900, 1_800, 2_700]);
        var shuffled = IsochroneContours.Trace(grid, [2_700, 900, 1_800, 900]);

        Assert.Equal([2_700, 900, 1_800, 900], shuffled.Select(i => i.CutoffSeconds));
        Assert.True(shuffled[0].Area.EqualsExact(ascending[2].Area));
        Assert.True(shuffled[1].Area.EqualsExact(ascending[0].Area));
        Assert.True(shuffled[2].Area.EqualsExact(ascending[1].Area));
        Assert.True(shuffled[3].Area.EqualsExact(ascending[0].Area));
    }

    [Fact]
    public void A_cutoff_that_is_not_a_number_is_refused_by_position()
    {
        var grid = Grid(3, 3, 250, (_, _) => 60);

        var error = Assert.Throws<ArgumentException>(() => IsochroneContours.Trace(grid, [600, double.NaN]));

        Assert.Contains("Cutoff 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_grids_give_valid_nested_repeatable_isochrones_of_the_cells_area()
    {
        var random = new Random(4550);
        for (var n = 0; n < 1_200; n++)
        {
            var grid = RandomGrid(random);
            var cutoffs = Enumerable.Range(0, random.Next(1, 5)).Select(_ => RandomCutoff(random)).ToArray();
            var context = $"grid {n} ({grid.Columns} x {grid.Rows}, cutoffs {string.Join(", ", cutoffs)})";

            var isochrones = IsochroneContours.Trace(grid, cutoffs);
            var again = IsochroneContours.Trace(grid, cutoffs);

            for (var c = 0; c < cutoffs.Length; c++)
            {
                var area = isochrones[c].Area;
                Assert.True(area is Polygon or MultiPolygon, context);
                Assert.True(area.IsValid, $"{context}: cutoff {cutoffs[c]} gives an invalid {area}");
                Assert.True(area.EqualsExact(again[c].Area), $"{context}: cutoff {cutoffs[c]} differs between runs");
                var (within, border) = CountCells(grid, cutoffs[c]);
                Assert.Equal(within == 0, area.IsEmpty);
                var cellArea = grid.CellSize * grid.CellSize;
                Assert.True(
                    Math.Abs(area.Area - (within * cellArea)) <= border * cellArea,
                    $"{context}: cutoff {cutoffs[c]} covers {area.Area} m² for {within} cells, {border} of them on a border");
                Assert.True(area.IsEmpty || grid.Extent.Covers(area.EnvelopeInternal), context);
            }

            var byCutoff = isochrones.OrderBy(i => i.CutoffSeconds).ToArray();
            for (var c = 1; c < byCutoff.Length; c++)
            {
                Assert.True(
                    byCutoff[c - 1].Area.IsEmpty || byCutoff[c].Area.Buffer(1e-6).Covers(byCutoff[c - 1].Area),
                    $"{context}: {byCutoff[c - 1].CutoffSeconds} s reaches beyond {byCutoff[c].CutoffSeconds} s");
            }
        }
    }

    private static Geometry Single(TravelTimeGrid grid, double cutoff) => Assert.Single(IsochroneContours.Trace(grid, [cutoff])).Area;

    // Travel times from a function of the offset, in metres, from the grid's middle moved by centreOffset.
    private static TravelTimeGrid Grid(int columns, int rows, double cell, Func<double, double, double> seconds, double centreOffset = 0)
    {
        var grid = new TravelTimeGrid(MinX, MinY, cell, columns, rows);
        var middle = new Coordinate(MinX + (columns * cell / 2) + centreOffset, MinY + (rows * cell / 2) + centreOffset);
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var centre = grid.CellCentre(column, row);
                grid.Lower(column, row, (float)seconds(centre.X - middle.X, centre.Y - middle.Y));
            }
        }

        return grid;
    }

    // Sets cells [fromColumn, toColumn) × [fromRow, toRow) to the same time, faster or slower than before.
    private static void Fill(TravelTimeGrid grid, int fromColumn, int toColumn, int fromRow, int toRow, float seconds)
    {
        for (var row = fromRow; row < toRow; row++)
        {
            Array.Fill(grid.Seconds, seconds, (row * grid.Columns) + fromColumn, toColumn - fromColumn);
        }
    }

    private static Point Point(TravelTimeGrid grid, int column, int row) =>
        new GeometryFactory(new PrecisionModel(), 4550).CreatePoint(grid.CellCentre(column, row));

    private static TravelTimeGrid RandomGrid(Random random)
    {
        var cell = new[] { 1.0, 50, 250, 333.3 }[random.Next(4)];
        var grid = new TravelTimeGrid(
            MinX + (random.Next(-200, 200) * cell), MinY + (random.Next(-200, 200) * cell), cell, random.Next(1, 41), random.Next(1, 41));
        var kind = random.Next(4);
        var (originX, originY) = (random.NextDouble() * grid.Columns, random.NextDouble() * grid.Rows);
        for (var row = 0; row < grid.Rows; row++)
        {
            for (var column = 0; column < grid.Columns; column++)
            {
                var distance = Math.Sqrt(((column - originX) * (column - originX)) + ((row - originY) * (row - originY)));
                grid.Seconds[(row * grid.Columns) + column] = kind switch
                {
                    0 => (float)(random.NextDouble() * 3_600),
                    1 => (float)((distance * 120) + (random.NextDouble() * 300)),
                    // Whole quarter-hours make times equal to the cutoffs common.
                    2 => 900 * random.Next(5),
                    _ => (float)(distance * 150),
                };
            }
        }

        for (var patch = random.Next(4); patch > 0; patch--)
        {
            var (column, row) = (random.Next(grid.Columns), random.Next(grid.Rows));
            Fill(grid, column, Math.Min(grid.Columns, column + random.Next(1, 8)), row, Math.Min(grid.Rows, row + random.Next(1, 8)),
                float.PositiveInfinity);
        }

        for (var hole = random.Next(3) * random.Next(20); hole > 0; hole--)
        {
            grid.Seconds[random.Next(grid.Seconds.Length)] = float.PositiveInfinity;
        }

        return grid;
    }

    private static double RandomCutoff(Random random) => random.Next(3) == 0 ? 900 * random.Next(5) : random.NextDouble() * 4_000;

    // Cells within the cutoff, and cells whose 3 × 3 neighbourhood (outside the grid unreachable) mixes within and beyond: the traced
    // area differs from the cells' own squares only inside the latter.
    private static (int Within, int Border) CountCells(TravelTimeGrid grid, double cutoff)
    {
        bool IsWithin(int column, int row) =>
            column >= 0 && row >= 0 && column < grid.Columns && row < grid.Rows && float.IsFinite(grid[column, row])
            && grid[column, row] <= cutoff;

        var (within, border) = (0, 0);
        for (var row = 0; row < grid.Rows; row++)
        {
            for (var column = 0; column < grid.Columns; column++)
            {
                var here = IsWithin(column, row);
                within += here ? 1 : 0;
                var mixed = false;
                for (var dy = -1; dy <= 1 && !mixed; dy++)
                {
                    for (var dx = -1; dx <= 1 && !mixed; dx++)
                    {
                        mixed = IsWithin(column + dx, row + dy) != here;
                    }
                }

                border += mixed ? 1 : 0;
            }
        }

        return (within, border);
    }
}
