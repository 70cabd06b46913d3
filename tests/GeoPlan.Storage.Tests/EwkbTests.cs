using GeoPlan.Storage.PostGis;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoPlan.Storage.Tests;

/// <summary>The loader's EWKB must be byte for byte what NetTopologySuite's PostGIS writer makes, for every geometry type a layer holds.</summary>
public sealed class EwkbTests
{
    private static readonly WKTReader Wkt = new(new NtsGeometryServices(PrecisionModel.Floating.Value, 4326));

    [Theory]
    [InlineData("POINT (123.43 41.8)")]
    [InlineData("LINESTRING (123.4 41.8, 123.5 41.9, 123.6 41.85)")]
    [InlineData("POLYGON ((123 41, 124 41, 124 42, 123 42, 123 41))")]
    [InlineData("POLYGON ((123 41, 124 41, 124 42, 123 42, 123 41), (123.2 41.2, 123.2 41.4, 123.4 41.4, 123.2 41.2))")]
    [InlineData("MULTIPOINT ((123 41), (124 42))")]
    [InlineData("MULTILINESTRING ((123 41, 124 42), (125 43, 125.5 43.5, 126 44))")]
    [InlineData("MULTIPOLYGON (((123 41, 124 41, 124 42, 123 41)), ((125 43, 126 43, 126 44, 125 43), (125.5 43.2, 125.9 43.2, 125.9 43.6, 125.5 43.2)))")]
    public void Matches_the_reference_writer(string wkt)
    {
        var geometry = Wkt.Read(wkt);
        var expected = new PostGisWriter { HandleOrdinates = Ordinates.XY }.Write(geometry);

        var written = new byte[Ewkb.SizeOf(geometry)];
        Ewkb.Write(geometry, written);

        Assert.Equal(expected, written);
    }

    [Fact]
    public void Writes_only_x_and_y_of_a_geometry_with_z()
    {
        var geometry = Wkt.Read("LINESTRING Z (123.4 41.8 10, 123.5 41.9 20)");
        var flat = Wkt.Read("LINESTRING (123.4 41.8, 123.5 41.9)");

        var written = new byte[Ewkb.SizeOf(geometry)];
        Ewkb.Write(geometry, written);

        Assert.Equal(new PostGisWriter { HandleOrdinates = Ordinates.XY }.Write(flat), written);
    }
}
