using GeoPlan.Interchange.Reading.Osm;

namespace GeoPlan.Interchange.Tests.Osm;

/// <summary>OSM maxspeed values as mappers write them, read as km/h or as unknown.</summary>
public sealed class MaxSpeedTagTests
{
    [Theory]
    [InlineData("60", 60.0)]
    [InlineData(" 80 ", 80.0)]
    [InlineData("60 km/h", 60.0)]
    [InlineData("60km/h", 60.0)]
    [InlineData("50 kmh", 50.0)]
    [InlineData("50 kph", 50.0)]
    [InlineData("40 mph", 64.37376)]
    [InlineData("10 knots", 18.52)]
    [InlineData("7.5", 7.5)]
    public void Numbers_are_read_in_kmh(string value, double kmh) => Assert.Equal(kmh, MaxSpeedTag.Kmh(value)!.Value, 9);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CN:urban")]
    [InlineData("CN:motorway")]
    [InlineData("none")]
    [InlineData("walk")]
    [InlineData("signals")]
    [InlineData("60;80")]
    [InlineData("0")]
    [InlineData("60 m/s")]
    public void Anything_but_one_positive_number_is_unknown(string? value) => Assert.Null(MaxSpeedTag.Kmh(value));
}
