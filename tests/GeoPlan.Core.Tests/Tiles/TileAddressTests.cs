using GeoPlan.Core.Tiles;

namespace GeoPlan.Core.Tests.Tiles;

public sealed class TileAddressTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(10, 1023, 1023)]
    [InlineData(24, 16777215, 0)]
    public void Accepts_every_tile_of_the_matrix(int zoom, int x, int y)
    {
        Assert.True(TileAddress.TryCreate(zoom, x, y, out var tile, out var error));

        Assert.Null(error);
        Assert.Equal((zoom, x, y), (tile.Zoom, tile.X, tile.Y));
        Assert.Equal($"{zoom}/{x}/{y}", tile.ToString());
    }

    [Theory]
    [InlineData(25, 0, 0, "zoom must be 0..24")]
    [InlineData(-1, 0, 0, "zoom must be 0..24")]
    [InlineData(10, 1024, 0, "x must be 0..1023 at zoom 10")]
    [InlineData(10, -1, 0, "x must be 0..1023 at zoom 10")]
    [InlineData(10, 5, 1024, "y must be 0..1023 at zoom 10")]
    [InlineData(0, 1, 0, "x must be 0..0 at zoom 0")]
    [InlineData(24, 0, 16777216, "y must be 0..16777215 at zoom 24")]
    public void Rejects_an_address_outside_the_matrix_and_names_the_allowed_range(int zoom, int x, int y, string expected)
    {
        Assert.False(TileAddress.TryCreate(zoom, x, y, out var tile, out var error));

        Assert.Equal(expected, error);
        Assert.Equal(default, tile);
    }

    [Theory]
    [InlineData("8", "215", "95", null)]
    [InlineData("8", "abc", "95", "x must be a whole number, not 'abc'")]
    [InlineData("", "1", "1", "zoom must be a whole number, not ''")]
    [InlineData("8", "1", null, "y must be a whole number, not ''")]
    [InlineData("8", "-1", "3", "x must be 0..255 at zoom 8")]
    [InlineData("8", "1.5", "3", "x must be a whole number, not '1.5'")]
    public void Parses_path_segments_and_says_which_one_is_wrong(string? zoom, string? x, string? y, string? expected)
    {
        var parsed = TileAddress.TryParse(zoom, x, y, out var tile, out var error);

        Assert.Equal(expected is null, parsed);
        Assert.Equal(expected, error);
        if (parsed)
        {
            Assert.Equal("8/215/95", tile.ToString());
        }
    }
}
