using GeoPlan.Core.Tiles;

namespace GeoPlan.Core.Tests.Tiles;

public sealed class TileGeometryBuilderTests
{
    [Fact]
    public void Repeated_points_and_the_closing_point_of_a_ring_are_dropped()
    {
        var geometry = TileShapes.Polygon([[(0, 0), (0, 0), (10, 0), (10, 10), (10, 10), (0, 10), (0, 0), (0, 0)]]);

        Assert.Equal([0, 0, 10, 0, 10, 10, 0, 10], geometry.Part(0).ToArray());
        Assert.True(geometry.IsExteriorRing(0));
        Assert.Equal(200, geometry.DoubleSignedArea(0));
    }

    [Fact]
    public void A_ring_without_area_is_dropped_with_its_interior_rings()
    {
        var geometry = TileShapes.Polygon(
            [
                [(0, 0), (10, 0), (20, 0)],
                [(1, 1), (2, 1), (2, 2)],
                [(0, 0), (50, 0), (50, 50)],
                [(30, 10), (40, 10), (40, 20)],
            ],
            1,
            3);

        Assert.Equal(2, geometry.PartCount);
        Assert.Equal([true, false], new[] { geometry.IsExteriorRing(0), geometry.IsExteriorRing(1) });
        Assert.Equal(50, geometry.Part(0)[2]);
    }

    [Fact]
    public void A_line_of_one_distinct_point_is_dropped_and_nothing_valid_is_null()
    {
        var builder = new TileGeometryBuilder();
        builder.Begin(TileGeometryType.LineString);
        builder.StartPart();
        builder.Add(5, 5);
        builder.Add(5, 5);

        Assert.Null(builder.Finish());
    }

    [Fact]
    public void Misuse_is_refused()
    {
        var builder = new TileGeometryBuilder();
        Assert.Throws<InvalidOperationException>(() => builder.Add(1, 1));

        builder.Begin(TileGeometryType.Polygon);
        Assert.Throws<InvalidOperationException>(() => builder.StartPart(exteriorRing: false));

        builder.Begin(TileGeometryType.Point);
        Assert.Throws<InvalidOperationException>(() => builder.StartPart());
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(TileGeometryBuilder.CoordinateLimit + 1, 0));
    }
}
