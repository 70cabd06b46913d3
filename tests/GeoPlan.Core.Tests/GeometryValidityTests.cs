using GeoPlan.Core.Validation;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Valid;

namespace GeoPlan.Core.Tests;

/// <summary>The quick path for plain polygons must never call a geometry valid that NetTopologySuite's IsValidOp calls invalid, nor the reverse.</summary>
public sealed class GeometryValidityTests
{
    private static readonly GeometryFactory Factory = new NtsGeometryServices(PrecisionModel.Floating.Value, 4326).CreateGeometryFactory();
    private static readonly WKTReader Wkt = new(new NtsGeometryServices(PrecisionModel.Floating.Value, 4326));

    [Theory]
    [InlineData("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))", true)]
    [InlineData("POLYGON ((0 0, 4 0, 2 3, 0 0))", true)]
    [InlineData("POLYGON ((0 0, 4 0, 4 0, 4 4, 0 4, 0 0))", true)]
    [InlineData("POLYGON ((0 0, 4 4, 4 0, 0 4, 0 0))", false)]
    [InlineData("POLYGON ((0 0, 4 0, 4 4, 2 0, 0 4, 0 0))", false)]
    [InlineData("POLYGON ((0 0, 4 0, 8 0, 4 0, 4 4, 0 0))", false)]
    [InlineData("POLYGON ((0 0, 2 0, 4 0, 4 4, 0 4, 0 0))", true)]
    [InlineData("POLYGON ((0 0, 4 0, 0 0, 0 0))", false)]
    public void Agrees_with_IsValidOp_on_known_shapes(string wkt, bool valid)
    {
        var polygon = Wkt.Read(wkt);

        Assert.Equal(valid, new IsValidOp(polygon).IsValid);
        Assert.Equal(valid, GeometryValidity.FindError(polygon) is null);
    }

    [Fact]
    public void Agrees_with_IsValidOp_on_random_rings_full_of_crossings_touches_and_collinear_points()
    {
        var random = new Random(17);
        var quick = 0;
        var invalid = 0;
        for (var n = 0; n < 20_000; n++)
        {
            // Corners on a 5 x 5 grid make every degenerate case common: shared points, collinear runs, folds and crossings.
            var corners = random.Next(3, 9);
            var ring = new Coordinate[corners + 1];
            for (var i = 0; i < corners; i++)
            {
                ring[i] = new Coordinate(random.Next(5), random.Next(5));
            }

            ring[corners] = ring[0].Copy();
            var polygon = Factory.CreatePolygon(ring);

            var expected = new IsValidOp(polygon).IsValid;
            quick += GeometryValidity.IsPlainRing(polygon.ExteriorRing.CoordinateSequence) ? 1 : 0;
            invalid += expected ? 0 : 1;

            Assert.True(expected == (GeometryValidity.FindError(polygon) is null), polygon.ToText());
        }

        // Both answers must be common, or the comparison proves little.
        Assert.InRange(quick, 1_000, 19_000);
        Assert.InRange(invalid, 1_000, 19_000);
    }

    [Fact]
    public void Reports_the_error_IsValidOp_reports()
    {
        var bowTie = Wkt.Read("POLYGON ((0 0, 4 4, 4 0, 0 4, 0 0))");

        var error = GeometryValidity.FindError(bowTie);

        Assert.Equal(new IsValidOp(bowTie).ValidationError!.ErrorType, error!.ErrorType);
    }
}
