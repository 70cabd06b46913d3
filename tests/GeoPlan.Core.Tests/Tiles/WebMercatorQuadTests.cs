using System.Text.Json;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Tiles;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests.Tiles;

public sealed class WebMercatorQuadTests
{
    private const double HalfWorld = 20037508.342789244;

    [Fact]
    public void Zoom_0_is_one_tile_covering_the_square_world()
    {
        var tile = Tile(0, 0, 0);

        AssertEnvelope(new Envelope(-HalfWorld, HalfWorld, -HalfWorld, HalfWorld), tile.MercatorBounds(), 1e-6);
        AssertEnvelope(new Envelope(-180, 180, -85.0511287798066, 85.0511287798066), tile.LonLatBounds(), 1e-10);
        var bounds = tile.LonLatBounds();
        Assert.Equal((-180.0, 180.0), (bounds.MinX, bounds.MaxX));
        Assert.True(BoundingBox.TryCreate(bounds.MinX, bounds.MinY, bounds.MaxX, bounds.MaxY, out _, out _));
    }

    [Theory]
    [InlineData(0, 0, -180, 0, 0, 85.0511287798066)]
    [InlineData(1, 0, 0, 180, 0, 85.0511287798066)]
    [InlineData(0, 1, -180, 0, -85.0511287798066, 0)]
    [InlineData(1, 1, 0, 180, -85.0511287798066, 0)]
    public void Zoom_1_splits_the_world_at_the_prime_meridian_and_the_equator(
        int x, int y, double west, double east, double south, double north)
    {
        AssertEnvelope(new Envelope(west, east, south, north), Tile(1, x, y).LonLatBounds(), 1e-10);
        Assert.Equal(HalfWorld, Tile(1, x, y).MercatorBounds().Width, 6);
    }

    [Fact]
    public void Zoom_24_corner_tiles_are_2_4_metres_wide_and_touch_the_world_corners()
    {
        var last = (1 << 24) - 1;
        var northWest = Tile(24, 0, 0).MercatorBounds();
        var southEast = Tile(24, last, last).MercatorBounds();

        Assert.Equal(2 * HalfWorld / (1 << 24), northWest.Width, 9);
        Assert.Equal(2.388657133911758, northWest.Height, 9);
        Assert.Equal((-HalfWorld, HalfWorld), (northWest.MinX, northWest.MaxY));
        Assert.Equal(HalfWorld, southEast.MaxX, 6);
        Assert.Equal(-HalfWorld, southEast.MinY, 6);
        Assert.Equal(-85.0511287798066, Tile(24, last, last).LonLatBounds().MinY, 10);
    }

    [Theory]
    [InlineData(123.43, 41.80)]
    [InlineData(-74.006, 40.7128)]
    [InlineData(0, 0)]
    [InlineData(179.999, -85.05)]
    [InlineData(-180, 85.05)]
    public void Projecting_and_unprojecting_gives_the_same_longitude_and_latitude(double lon, double lat)
    {
        var (x, y) = WebMercatorQuad.Project(lon, lat);
        var (lon2, lat2) = WebMercatorQuad.Unproject(x, y);

        Assert.Equal(lon, lon2, 1e-9);
        Assert.Equal(lat, lat2, 1e-9);
    }

    [Theory]
    [InlineData(123.43, 41.80)]
    [InlineData(121.0, 39.6)]
    [InlineData(-122.4, 37.8)]
    public void Projection_agrees_with_the_epsg_3857_definition_to_a_millimetre(double lon, double lat)
    {
        var (x, y) = WebMercatorQuad.Project(lon, lat);
        var (expectedX, expectedY) = new CrsTransform(CrsRegistry.Crs84, CrsRegistry.WebMercator).Apply(lon, lat);

        Assert.Equal(expectedX, x, 0.001);
        Assert.Equal(expectedY, y, 0.001);
    }

    [Fact]
    public void Latitudes_beyond_the_square_world_are_clamped()
    {
        Assert.Equal(HalfWorld, WebMercatorQuad.Project(0, 89.9).Y, 6);
        Assert.Equal(-HalfWorld, WebMercatorQuad.Project(0, -90).Y, 6);
    }

    [Fact]
    public void Tiles_covering_the_metropolitan_area_at_zoom_8()
    {
        var range = WebMercatorQuad.TilesCovering(MetropolitanArea.Bounds, 8);

        // Columns 213.69..217.6 and rows 93.09..97.38 by the slippy-map formulas.
        Assert.Equal((8, 213, 93, 217, 97), (range.Zoom, range.MinX, range.MinY, range.MaxX, range.MaxY));
        Assert.Equal(25, range.Count);
        Assert.Equal(25, range.Tiles().Distinct().Count());
        Assert.All(range.Tiles(), t => Assert.True(t.LonLatBounds().Intersects(MetropolitanArea.Bounds)));
    }

    [Fact]
    public void An_edge_on_a_tile_boundary_touches_the_tiles_on_both_sides()
    {
        var range = WebMercatorQuad.TilesCovering(new Envelope(0, 0, 0, 0), 1);

        Assert.Equal((0, 0, 1, 1), (range.MinX, range.MinY, range.MaxX, range.MaxY));
    }

    [Fact]
    public void Tiles_covering_the_whole_world_are_clamped_to_the_matrix()
    {
        var range = WebMercatorQuad.TilesCovering(new Envelope(-180, 180, -90, 90), 3);

        Assert.Equal((0, 0, 7, 7), (range.MinX, range.MinY, range.MaxX, range.MaxY));
        Assert.Equal(64, range.Count);
    }

    [Fact]
    public void A_point_is_covered_by_the_tile_that_holds_it_at_every_zoom()
    {
        for (var zoom = 0; zoom <= WebMercatorQuad.MaxZoom; zoom++)
        {
            var range = WebMercatorQuad.TilesCovering(new Envelope(123.43, 123.43, 41.80, 41.80), zoom);

            Assert.Equal(1, range.Count);
            Assert.True(range.Tiles().Single().LonLatBounds().Contains(123.43, 41.80), $"zoom {zoom}");
        }
    }

    [Fact]
    public void Tile_matrix_set_definition_matches_the_ogc_well_known_scale_set()
    {
        var set = WebMercatorQuad.Definition;

        Assert.Equal("WebMercatorQuad", set.Id);
        Assert.Equal("http://www.opengis.net/def/crs/EPSG/0/3857", set.Crs);
        Assert.Equal(25, set.TileMatrices.Count);
        var z0 = set.TileMatrices[0];
        Assert.Equal(("0", 1, 1, 256, 256), (z0.Id, z0.MatrixWidth, z0.MatrixHeight, z0.TileWidth, z0.TileHeight));
        Assert.Equal(559082264.0287178, z0.ScaleDenominator, 6);
        Assert.Equal(156543.03392804097, z0.CellSize, 9);
        Assert.Equal([-HalfWorld, HalfWorld], z0.PointOfOrigin);
        var z24 = set.TileMatrices[24];
        Assert.Equal(("24", 16777216, 16777216), (z24.Id, z24.MatrixWidth, z24.MatrixHeight));
        Assert.Equal(33.323899747652874, z24.ScaleDenominator, 9);
        for (var zoom = 1; zoom <= 24; zoom++)
        {
            Assert.Equal(set.TileMatrices[zoom - 1].CellSize / 2, set.TileMatrices[zoom].CellSize, 12);
        }
    }

    [Fact]
    public void Tile_matrix_set_keeps_its_ogc_member_names_under_the_wire_naming_policy()
    {
        var json = JsonSerializer.Serialize(WebMercatorQuad.Definition, WireNamingPolicy.Apply(new JsonSerializerOptions()));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("GoogleMapsCompatible", root.GetProperty("wellKnownScaleSet").GetString()!.Split('/')[^1]);
        Assert.Equal(["X", "Y"], root.GetProperty("orderedAxes").EnumerateArray().Select(a => a.GetString()));
        var matrix = root.GetProperty("tileMatrices")[10];
        Assert.Equal(1024, matrix.GetProperty("matrixWidth").GetInt32());
        Assert.Equal("topLeft", matrix.GetProperty("cornerOfOrigin").GetString());
        Assert.Equal(-HalfWorld, matrix.GetProperty("pointOfOrigin")[0].GetDouble());
        Assert.Equal(HalfWorld, root.GetProperty("boundingBox").GetProperty("upperRight")[1].GetDouble());
    }

    [Fact]
    public void Query_bounds_add_the_buffer_to_the_tile()
    {
        var tile = Tile(8, 215, 95);
        var bounds = TileOptions.Default.QueryBounds(tile);
        var inner = tile.LonLatBounds();

        // 64 of 4096 units is 1/64 of the tile's width each side.
        Assert.Equal(inner.Width / 64, inner.MinX - bounds.MinX, 1e-9);
        Assert.Equal(inner.Width / 64, bounds.MaxX - inner.MaxX, 1e-9);
        Assert.True(bounds.MinY < inner.MinY && bounds.MaxY > inner.MaxY);
        Assert.Equal(-180, new TileOptions(4096, 4096).QueryBounds(Tile(0, 0, 0)).MinX);
    }

    private static TileAddress Tile(int zoom, int x, int y)
    {
        Assert.True(TileAddress.TryCreate(zoom, x, y, out var tile, out var error), error);
        return tile;
    }

    private static void AssertEnvelope(Envelope expected, Envelope actual, double tolerance)
    {
        Assert.Equal(expected.MinX, actual.MinX, tolerance);
        Assert.Equal(expected.MaxX, actual.MaxX, tolerance);
        Assert.Equal(expected.MinY, actual.MinY, tolerance);
        Assert.Equal(expected.MaxY, actual.MaxY, tolerance);
    }
}
