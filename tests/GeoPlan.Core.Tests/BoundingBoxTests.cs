using GeoPlan.Core.Storage;

namespace GeoPlan.Core.Tests;

public sealed class BoundingBoxTests
{
    [Fact]
    public void Parses_four_numbers_in_lon_lat_order()
    {
        Assert.True(BoundingBox.TryParse("123.1,41.5,123.9,42.1", out var box, out var error));

        Assert.Null(error);
        Assert.Equal((123.1, 41.5, 123.9, 42.1), (box.MinX, box.MinY, box.MaxX, box.MaxY));
    }

    [Theory]
    [InlineData("123,41,124", "4 comma-separated numbers")]
    [InlineData("123,41,124,42,5", "4 comma-separated numbers")]
    [InlineData("", "4 comma-separated numbers")]
    [InlineData("124,41,123,42", "minimum longitude 124 is greater than maximum longitude 123")]
    [InlineData("123,42,124,41", "minimum latitude 42 is greater than maximum latitude 41")]
    [InlineData("123,41,124,95", "latitudes must lie within -90..90")]
    [InlineData("-181,41,124,42", "longitudes must lie within -180..180")]
    [InlineData("123,abc,124,42", "'abc' is not a number")]
    [InlineData("NaN,41,124,42", "finite")]
    public void Rejects_what_is_not_a_box_and_says_why(string text, string expected)
    {
        Assert.False(BoundingBox.TryParse(text, out _, out var error));

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
