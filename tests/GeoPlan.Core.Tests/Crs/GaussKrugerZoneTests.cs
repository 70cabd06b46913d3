using GeoPlan.Core.Crs;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;

namespace GeoPlan.Core.Tests.Crs;

public sealed class GaussKrugerZoneTests
{
    public static TheoryData<int> Codes => [.. Enumerable.Range(4513, 42)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_zone_has_its_epsg_name_parameters_and_easting_first_axes(int code)
    {
        var zoneInEasting = code <= 4533;
        var zone = code - (zoneInEasting ? 4513 : 4534) + 25;
        var centralMeridian = 3 * zone;

        Assert.True(CrsRegistry.TryFind($"EPSG:{code}", out var crs));

        Assert.Equal(
            zoneInEasting ? $"CGCS2000 / 3-degree Gauss-Kruger zone {zone}" : $"CGCS2000 / 3-degree Gauss-Kruger CM {centralMeridian}E",
            crs.Name);
        Assert.Equal((code, $"http://www.opengis.net/def/crs/EPSG/0/{code}", false), (crs.Srid, crs.Uri, crs.LatitudeFirst));
        var projection = Assert.IsType<ProjectedCoordinateSystem>(crs.System).Projection;
        Assert.Equal(centralMeridian, projection.GetParameter("central_meridian").Value);
        Assert.Equal(1, projection.GetParameter("scale_factor").Value);
        Assert.Equal(0, projection.GetParameter("latitude_of_origin").Value);
        var (east, north) = new CrsTransform(CrsRegistry.Crs84, crs).Apply(centralMeridian, 0);
        Assert.Equal(zoneInEasting ? (zone * 1_000_000) + 500_000 : 500_000, east, 1e-6);
        Assert.Equal(0, north, 1e-6);
    }

    [Fact]
    public void Zone_41_and_cm_123e_put_123e_at_41_500_km_and_500_km()
    {
        Assert.True(CrsRegistry.TryFind("EPSG:4529", out var zone41));

        var (prefixed, northPrefixed) = new CrsTransform(CrsRegistry.Crs84, zone41).Apply(123, 41.8);
        var (plain, north) = new CrsTransform(CrsRegistry.Crs84, CrsRegistry.Cgcs2000Gk123).Apply(123, 41.8);

        Assert.Equal(41_500_000, prefixed, 1e-6);
        Assert.Equal(500_000, plain, 1e-6);
        Assert.Equal(north, northPrefixed, 1e-6);
    }

    [Theory]
    [InlineData("EPSG:4550")]
    [InlineData("epsg:4550")]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/4550")]
    [InlineData("urn:ogc:def:crs:EPSG::4550")]
    public void The_metric_crs_is_the_generated_cm_123e(string key)
    {
        Assert.True(CrsRegistry.TryFind(key, out var crs));

        Assert.Same(CrsRegistry.Cgcs2000Gk123, crs);
    }

    [SkippableTheory]
    [MemberData(nameof(Codes))]
    public async Task Area_of_use_is_the_zone_band_across_china_as_epsg_states_it(int code)
    {
        Assert.True(CrsRegistry.TryFind($"EPSG:{code}", out var crs));

        var (west, east, south, north) = await Gdal.AreaOfUseAsync(code);

        // Latitudes are EPSG's; EPSG puts a few band edges 0.01° off the half-degree (82.51°E, 88.49°E ...).
        Assert.Equal((south, north), (crs.AreaOfUse.MinY, crs.AreaOfUse.MaxY));
        Assert.Equal(west, crs.AreaOfUse.MinX, 0.0100001);
        Assert.Equal(east, crs.AreaOfUse.MaxX, 0.0100001);
    }

    [Fact]
    public void Wgs84_to_cm_123e_and_back_moves_no_point_of_the_metropolitan_area_by_a_millimetre()
    {
        var toMetric = new CrsTransform(CrsRegistry.Wgs84, CrsRegistry.Cgcs2000Gk123);
        var back = new CrsTransform(CrsRegistry.Cgcs2000Gk123, CrsRegistry.Wgs84);

        var worst = GroundDistance.MetropolitanGrid().Max(p =>
        {
            var (east, north) = toMetric.Apply(p.Lat, p.Lon);
            var (lat, lon) = back.Apply(east, north);
            return GroundDistance.Metres(p, (lon, lat));
        });

        Assert.InRange(worst, 0, 0.001);
    }

    [SkippableTheory]
    [InlineData(4550, 123.0)]
    [InlineData(4529, 123.0)]
    [InlineData(4549, 120.0)]
    [InlineData(4551, 126.0)]
    [InlineData(4513, 75.0)]
    [InlineData(4554, 135.0)]
    public async Task Projection_agrees_with_gdal_to_a_millimetre(int code, double centralMeridian)
    {
        Assert.True(CrsRegistry.TryFind($"EPSG:{code}", out var crs));
        (double, double)[] lonLat =
        [
            (centralMeridian, 41.8), (centralMeridian - 1.5, 40.0), (centralMeridian + 1.5, 43.0),
            (centralMeridian + 0.4253306, 41.8032629), (centralMeridian - 0.7, 25.0), (centralMeridian + 1.2, 50.0),
        ];

        // gdaltransform (GDAL 3.6) takes EPSG:4326 longitude first, in traditional GIS order, though EPSG puts latitude
        // first; OGC:CRS84 is longitude first by definition, whatever GDAL's version does.
        var expected = await Gdal.TransformAsync("OGC:CRS84", $"EPSG:{code}", lonLat);

        var transform = new CrsTransform(CrsRegistry.Crs84, crs);
        for (var i = 0; i < lonLat.Length; i++)
        {
            var (east, north) = transform.Apply(lonLat[i].Item1, lonLat[i].Item2);
            Assert.True(
                Math.Abs(east - expected[i].X) < 0.001 && Math.Abs(north - expected[i].Y) < 0.001,
                $"{lonLat[i]} in EPSG:{code}: GeoPlan ({east:F4}, {north:F4}), GDAL ({expected[i].X:F4}, {expected[i].Y:F4})");
        }
    }

    [Fact]
    public void Geometries_take_the_zone_srid()
    {
        Assert.True(CrsRegistry.TryFind("EPSG:4529", out var zone41));
        var point = new GeometryFactory(new PrecisionModel(), 4326).CreatePoint(new Coordinate(123.4, 41.8));

        Assert.Equal(4529, new CrsTransform(CrsRegistry.Crs84, zone41).Apply(point).SRID);
    }
}
