using GeoPlan.Core.Tiles;
using GeoPlan.Testing.Mvt;
using NetTopologySuite.Geometries;
using MvtValue = GeoPlan.Testing.Mvt.MvtValue;

namespace GeoPlan.Core.Tests.Tiles;

public sealed class TileGeometryPreparerTests
{
    private static readonly TileAddress Shenyang = Tile(14, 13809, 6094);

    [Fact]
    public void Points_land_on_their_grid_position()
    {
        Assert.True(TileAddress.TryCreate(0, 0, 0, out var world, out _));
        var factory = new GeometryFactory(new PrecisionModel(), 4326);

        Assert.Equal([2048, 2048], Prepare(world, factory.CreatePoint(new Coordinate(0, 0))).Part(0).ToArray());
        Assert.Equal([0, 0], Prepare(world, factory.CreatePoint(new Coordinate(-180, 85.0511287798066))).Part(0).ToArray());
        Assert.Equal([1000, 3001], Prepare(Shenyang, TileUnits.Point(Shenyang, 1000.2, 3000.7)).Part(0).ToArray());
    }

    [Fact]
    public void Points_in_the_buffer_are_kept_and_points_beyond_it_dropped()
    {
        var multipoint = new GeometryFactory(new PrecisionModel(), 4326).CreateMultiPoint(
            [TileUnits.Point(Shenyang, -30, 100), TileUnits.Point(Shenyang, -70, 100), TileUnits.Point(Shenyang, 4150, 4159)]);

        var geometry = Prepare(Shenyang, multipoint);

        Assert.Equal([-30, 100, 4150, 4159], geometry.Part(0).ToArray());
        Assert.Null(new TileGeometryPreparer(Shenyang).Prepare(TileUnits.Point(Shenyang, 2000, 4200)));
    }

    [Fact]
    public void A_polygon_covering_the_tile_becomes_the_buffered_square()
    {
        var polygon = TileUnits.Polygon(Shenyang, [(-1000, -1000), (5000, -1000), (5000, 5000), (-1000, 5000)]);

        var ring = Points(Encode(Prepare(Shenyang, polygon)).Geometry().Parts.Single());

        Assert.Equal(new HashSet<(long, long)> { (-64, -64), (4160, -64), (4160, 4160), (-64, 4160) }, ring.ToHashSet());
    }

    [Fact]
    public void A_polygon_crossing_the_east_edge_is_cut_at_the_buffer()
    {
        var polygon = TileUnits.Polygon(Shenyang, [(4000, 1000), (4300, 1000), (4300, 1300), (4000, 1300)]);

        var ring = Points(Encode(Prepare(Shenyang, polygon)).Geometry().Parts.Single());

        Assert.Equal(new HashSet<(long, long)> { (4000, 1000), (4160, 1000), (4160, 1300), (4000, 1300) }, ring.ToHashSet());
    }

    [Fact]
    public void A_polygon_with_a_hole_keeps_both_rings_through_clipping_with_the_right_winding()
    {
        var polygon = TileUnits.Polygon(
            Shenyang,
            [(3000, 1000), (5000, 1000), (5000, 3000), (3000, 3000)],
            [(4100, 1500), (4300, 1500), (4300, 2500), (4100, 2500)]);

        var polygons = Encode(Prepare(Shenyang, polygon)).Geometry().Polygons();

        var rings = Assert.Single(polygons);
        Assert.Equal(2, rings.Count);
        Assert.Equal(new HashSet<(long, long)> { (3000, 1000), (4160, 1000), (4160, 3000), (3000, 3000) }, Points(rings[0]).ToHashSet());
        Assert.Equal(new HashSet<(long, long)> { (4100, 1500), (4160, 1500), (4160, 2500), (4100, 2500) }, Points(rings[1]).ToHashSet());
    }

    [Fact]
    public void A_concave_polygon_cut_at_a_corner_stays_a_closed_ring_inside_the_buffer()
    {
        // A U whose two arms reach out past the north edge.
        var polygon = TileUnits.Polygon(
            Shenyang,
            [(1000, -500), (1400, -500), (1400, 800), (2600, 800), (2600, -500), (3000, -500), (3000, 1200), (1000, 1200)]);

        var ring = Encode(Prepare(Shenyang, polygon)).Geometry().Parts.Single();

        Assert.All(ring, p => Assert.InRange(p.Y, -64, 1200));
        Assert.Equal(2 * ((2000 * 1264) - (1200 * 864)), MvtGeometry.DoubleSignedArea(ring));
    }

    [Fact]
    public void A_line_that_leaves_and_comes_back_becomes_two_lines()
    {
        var line = TileUnits.Line(Shenyang, (-200, 1000), (1000, 1000), (1000, -300), (2000, -300), (2000, 1000), (3000, 1000));

        var parts = Encode(Prepare(Shenyang, line)).Geometry().Parts;

        Assert.Equal(2, parts.Count);
        Assert.Equal([(-64L, 1000L), (1000, 1000), (1000, -64)], Points(parts[0]));
        Assert.Equal([(2000L, -64L), (2000, 1000), (3000, 1000)], Points(parts[1]));
    }

    [Fact]
    public void Lines_under_a_pixel_are_dropped()
    {
        var preparer = new TileGeometryPreparer(Shenyang);

        Assert.Null(preparer.Prepare(TileUnits.Line(Shenyang, (100, 100), (110, 108))));
        Assert.NotNull(preparer.Prepare(TileUnits.Line(Shenyang, (100, 100), (120, 100))));
    }

    [Fact]
    public void Wiggles_under_a_grid_unit_are_simplified_away_and_larger_ones_kept()
    {
        var flat = Enumerable.Range(0, 101).Select(i => (i * 10.0, 2000 + (i % 2 == 0 ? 0.3 : -0.3))).ToArray();
        var zigzag = Enumerable.Range(0, 101).Select(i => (i * 10.0, 2000 + (i % 2 == 0 ? 5.0 : -5.0))).ToArray();

        Assert.Equal([0, 2000, 1000, 2000], Prepare(Shenyang, TileUnits.Line(Shenyang, flat)).Part(0).ToArray());
        Assert.Equal(101, Prepare(Shenyang, TileUnits.Line(Shenyang, zigzag)).PointCount);
    }

    [Fact]
    public void Tiny_polygons_are_pooled_into_one_pixel_squares()
    {
        var preparer = new TileGeometryPreparer(Shenyang);

        // Each 9-unit square holds 81 of the 256 square units of a pixel: every fourth one, by area, tips the pool over.
        var results = Enumerable.Range(0, 10).Select(i => preparer.Prepare(TileUnits.Square(Shenyang, 500 + (i * 300), 700, 9))).ToList();

        Assert.Equal([3, 6, 9], results.Select((g, i) => (g, i)).Where(r => r.g is not null).Select(r => r.i));
        var square = Points(Encode(results[3]!).Geometry().Parts.Single());
        Assert.Equal(new HashSet<(long, long)> { (1392, 692), (1408, 692), (1408, 708), (1392, 708) }, square.ToHashSet());
    }

    [Fact]
    public void Tiny_polygons_count_only_in_the_tile_that_holds_their_centre()
    {
        var preparer = new TileGeometryPreparer(Shenyang);

        for (var i = 0; i < 8; i++)
        {
            Assert.Null(preparer.Prepare(TileUnits.Square(Shenyang, -30, 100 + (i * 100), 9)));
        }

        Assert.Null(preparer.Prepare(TileUnits.Square(Shenyang, 100, 100, 9)));
        Assert.Null(preparer.Prepare(TileUnits.Square(Shenyang, 100, 200, 9)));
        Assert.Null(preparer.Prepare(TileUnits.Square(Shenyang, 100, 300, 9)));
        Assert.NotNull(preparer.Prepare(TileUnits.Square(Shenyang, 100, 400, 9)));
    }

    [Fact]
    public void A_multipolygon_of_tiny_islands_is_drawn_as_one_square_when_together_they_fill_a_pixel()
    {
        var islands = TileUnits.Multi(
            TileUnits.Square(Shenyang, 1000, 1000, 9),
            TileUnits.Square(Shenyang, 1100, 1000, 9),
            TileUnits.Square(Shenyang, 1000, 1100, 9),
            TileUnits.Square(Shenyang, 1100, 1100, 9));

        var square = Points(Encode(Prepare(Shenyang, islands)).Geometry().Parts.Single());

        Assert.Equal(new HashSet<(long, long)> { (1042, 1042), (1058, 1042), (1058, 1058), (1042, 1058) }, square.ToHashSet());
    }

    [Fact]
    public void Holes_under_a_pixel_are_dropped_and_larger_holes_kept()
    {
        var outer = new (double, double)[] { (1000, 1000), (2000, 1000), (2000, 2000), (1000, 2000) };
        var small = TileUnits.Polygon(Shenyang, outer, [(1500, 1500), (1510, 1500), (1510, 1510), (1500, 1510)]);
        var large = TileUnits.Polygon(Shenyang, outer, [(1500, 1500), (1520, 1500), (1520, 1520), (1500, 1520)]);

        Assert.Equal(1, Prepare(Shenyang, small).PartCount);
        Assert.Equal(2, Prepare(Shenyang, large).PartCount);
    }

    [Fact]
    public void Geometry_outside_the_tile_or_empty_gives_nothing()
    {
        var preparer = new TileGeometryPreparer(Shenyang);

        Assert.Null(preparer.Prepare(TileUnits.Polygon(Shenyang, [(5000, 5000), (6000, 5000), (6000, 6000)])));
        Assert.Null(preparer.Prepare(Polygon.Empty));
        Assert.Null(preparer.Prepare(TileUnits.Polygon(Shenyang, [(4170, 100), (4400, 100), (4400, 300), (4170, 300)])));
    }

    [Fact]
    public void A_mixed_collection_keeps_its_members_of_the_highest_dimension()
    {
        var collection = TileUnits.Collection(
            TileUnits.Point(Shenyang, 10, 10),
            TileUnits.Square(Shenyang, 1000, 1000, 100),
            TileUnits.Line(Shenyang, (0, 0), (4000, 4000)));

        var geometry = Prepare(Shenyang, collection);

        Assert.Equal(TileGeometryType.Polygon, geometry.Type);
        Assert.Equal(1, geometry.PartCount);
    }

    [Fact]
    public void The_same_features_give_the_same_bytes()
    {
        TileFeature[] features =
        [
            new(TileUnits.Square(Shenyang, 1000, 1000, 100), [KeyValuePair.Create<string, object?>("name", "a")], 1),
            new(TileUnits.Line(Shenyang, (0, 0), (4000, 4000))),
            .. Enumerable.Range(0, 50).Select(i => new TileFeature(TileUnits.Square(Shenyang, 50 + (i * 80), 3000, 7), null, (ulong)i)),
        ];

        byte[] Build()
        {
            var builder = new VectorTileBuilder(Shenyang);
            builder.AddLayer("plots", features);
            return builder.ToArray();
        }

        var first = Build();
        Assert.Equal(first, Build());
        Assert.Equal(2 + (50 * 49 / 256), MvtDecoder.Decode(first).Layer("plots").Features.Count);
    }

    [Fact]
    public void A_tile_without_features_has_no_layers_and_no_bytes()
    {
        var builder = new VectorTileBuilder(Shenyang);

        Assert.Equal(0, builder.AddLayer("plots", [new TileFeature(TileUnits.Point(Shenyang, 9000, 9000))]));
        Assert.Equal(0, builder.AddLayer("parks", []));
        Assert.Empty(builder.ToArray());
    }

    private static TileGeometry Prepare(TileAddress tile, Geometry geometry) =>
        new TileGeometryPreparer(tile).Prepare(geometry) ?? throw new InvalidOperationException("nothing was left in the tile");

    private static MvtFeature Encode(TileGeometry geometry)
    {
        var writer = new MvtWriter();
        writer.BeginLayer("test");
        writer.AddFeature(geometry);
        writer.EndLayer();
        return MvtDecoder.Decode(writer.WrittenSpan).Layer("test").Features.Single();
    }

    private static List<(long X, long Y)> Points(IEnumerable<MvtPoint> points) => [.. points.Select(p => (p.X, p.Y))];

    private static TileAddress Tile(int zoom, int x, int y)
    {
        Assert.True(TileAddress.TryCreate(zoom, x, y, out var tile, out var error), error);
        return tile;
    }
}
