using GeoPlan.Core.Tiles;

namespace GeoPlan.Core.Tests.Tiles;

/// <summary>The tile holding a point, held to the slippy-map formula.</summary>
public sealed class TileAtTests
{
    [Theory]
    [InlineData(123.43, 41.80, 10)]
    [InlineData(121.62, 42.02, 14)]
    [InlineData(-0.1, 51.5, 5)]
    [InlineData(0, 0, 0)]
    public void A_point_lies_in_the_tile_the_formula_gives(double lon, double lat, int zoom)
    {
        var n = 1 << zoom;
        var latitude = lat * Math.PI / 180;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var y = (int)Math.Floor((1 - (Math.Log(Math.Tan(latitude) + (1 / Math.Cos(latitude))) / Math.PI)) / 2 * n);

        var tile = WebMercatorQuad.TileAt(lon, lat, zoom);

        Assert.Equal((zoom, x, y), (tile.Zoom, tile.X, tile.Y));
        Assert.True(tile.LonLatBounds().Contains(lon, lat));
    }

    [Fact]
    public void A_zoom_beyond_the_matrix_set_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WebMercatorQuad.TileAt(123, 41, 25));
    }
}
