using GeoPlan.Core.Crs;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests;

public sealed class CrsTests
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    [Theory]
    [InlineData("EPSG:4326", "EPSG:4326")]
    [InlineData("epsg:4550", "EPSG:4550")]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/3857", "EPSG:3857")]
    [InlineData("http://www.opengis.net/def/crs/OGC/1.3/CRS84", "CRS84")]
    [InlineData("CRS:84", "CRS84")]
    [InlineData("EPSG:4490", "EPSG:4490")]
    public void Finds_crs_by_code_or_uri(string key, string code)
    {
        Assert.True(CrsRegistry.TryFind(key, out var crs));
        Assert.Equal(code, crs.Code);
    }

    [Theory]
    [InlineData("EPSG:2000")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_crs_is_not_found(string? key) => Assert.False(CrsRegistry.TryFind(key, out _));

    [Fact]
    public void Gauss_Kruger_123E_puts_the_central_meridian_at_500_km_east()
    {
        var transform = new CrsTransform(CrsRegistry.Crs84, CrsRegistry.Cgcs2000Gk123);

        var (east, _) = transform.Apply(123, 41.8);

        Assert.Equal(500_000, east, 3);
    }

    [Fact]
    public void Gauss_Kruger_northing_grows_by_the_meridian_arc()
    {
        // On the central meridian the scale is 1, so one degree of latitude is one meridian degree:
        // 111132.954 - 559.822 cos 2φ + 1.175 cos 4φ metres at φ = 41.5° (a textbook series for the GRS 80 / WGS 84 ellipsoid).
        var transform = new CrsTransform(CrsRegistry.Crs84, CrsRegistry.Cgcs2000Gk123);
        var phi = 41.5 * Math.PI / 180;
        var expected = 111_132.954 - (559.822 * Math.Cos(2 * phi)) + (1.175 * Math.Cos(4 * phi));

        var (_, north41) = transform.Apply(123, 41);
        var (_, north42) = transform.Apply(123, 42);

        Assert.Equal(expected, north42 - north41, 0);
    }

    [Fact]
    public void Web_mercator_maps_the_antimeridian_to_its_known_edge()
    {
        var (x, y) = new CrsTransform(CrsRegistry.Crs84, CrsRegistry.WebMercator).Apply(180, 0);

        Assert.Equal(20_037_508.342789244, x, 3);
        Assert.Equal(0, y, 6);
    }

    [Fact]
    public void Epsg_4326_reads_latitude_first()
    {
        var (lon, lat) = new CrsTransform(CrsRegistry.Wgs84, CrsRegistry.Crs84).Apply(41.8, 123.4);

        Assert.Equal((123.4, 41.8), (lon, lat));
    }

    [Fact]
    public void Geometries_round_trip_through_the_metric_crs()
    {
        var original = Wgs84.CreatePolygon([new(123.1, 41.6), new(123.7, 41.6), new(123.7, 42.0), new(123.1, 41.6)]);

        var metric = new CrsTransform(CrsRegistry.Crs84, CrsRegistry.Cgcs2000Gk123).Apply(original);
        var back = new CrsTransform(CrsRegistry.Cgcs2000Gk123, CrsRegistry.Crs84).Apply(metric);

        Assert.Equal(4550, metric.SRID);
        Assert.True(original.EqualsExact(back, 1e-9));
        Assert.Equal(123.1, original.Coordinates[0].X);
    }

    [Fact]
    public void Lengths_are_metres_not_degrees()
    {
        var line = Wgs84.CreateLineString([new(123, 41), new(123, 42)]);

        Assert.Equal(111_063, MetricMeasure.LengthMeters(line), 0.001 * 111_063);
    }

    [Fact]
    public void Areas_are_square_metres_not_degrees()
    {
        // 0.1° x 0.1° at 41.8°N: 11.106 km of meridian by 8.311 km of parallel.
        var cell = Wgs84.ToGeometry(new Envelope(122.95, 123.05, 41.75, 41.85));

        Assert.Equal(11_106 * 8_311, MetricMeasure.AreaSquareMeters(cell), 0.003 * 11_106 * 8_311);
    }
}
