using GeoPlan.Interchange.Reading;
using GeoPlan.Testing;

namespace GeoPlan.Interchange.Tests;

/// <summary>A file is opened by the reader its extension names; an extension no reader knows is refused, naming those that are.</summary>
public sealed class FeatureSourcesTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("points.CSV", "CSV")]
    [InlineData("points.kml", "KML")]
    public void The_extension_picks_the_reader_whatever_its_case(string name, string format)
    {
        var path = _directory.File(name);
        File.WriteAllText(path, format == "CSV" ? "lon,lat\n1,2\n" : "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document/></kml>");

        using var source = FeatureSources.Open(path, new FeatureSourceOptions());

        Assert.Equal(format, source.Format);
    }

    [Fact]
    public void An_unknown_extension_is_refused_listing_the_ones_read()
    {
        var path = _directory.File("plan.dwg");

        var error = Assert.Throws<SourceFormatException>(() => FeatureSources.Open(path, new FeatureSourceOptions()));

        Assert.Equal("plan.dwg", error.File);
        Assert.Contains(".dwg", error.Problem, StringComparison.Ordinal);
        Assert.All(new[] { ".shp", ".zip", ".csv", ".kml", ".kmz" }, e => Assert.Contains(e, error.Problem, StringComparison.Ordinal));
    }
}
