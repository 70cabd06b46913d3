using GeoPlan.Core.Tiles;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests.Tiles;

/// <summary>Makes WGS 84 test geometries from positions on a tile's 4096-unit grid, by the slippy-map formulas.</summary>
internal static class TileUnits
{
    public const int Extent = 4096;

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static Coordinate ToLonLat(TileAddress tile, double x, double y)
    {
        var n = Math.Pow(2, tile.Zoom);
        var lon = ((tile.X + (x / Extent)) / n * 360) - 180;
        var lat = Math.Atan(Math.Sinh(Math.PI * (1 - (2 * (tile.Y + (y / Extent)) / n)))) * 180 / Math.PI;
        return new Coordinate(lon, lat);
    }

    public static Point Point(TileAddress tile, double x, double y) => Wgs84.CreatePoint(ToLonLat(tile, x, y));

    public static LineString Line(TileAddress tile, params (double X, double Y)[] points) =>
        Wgs84.CreateLineString([.. points.Select(p => ToLonLat(tile, p.X, p.Y))]);

    /// <summary>A polygon from rings of tile positions; each ring is closed here.</summary>
    public static Polygon Polygon(TileAddress tile, params (double X, double Y)[][] rings)
    {
        LinearRing Ring((double X, double Y)[] ring) =>
            Wgs84.CreateLinearRing([.. ring.Select(p => ToLonLat(tile, p.X, p.Y)), ToLonLat(tile, ring[0].X, ring[0].Y)]);

        return Wgs84.CreatePolygon(Ring(rings[0]), [.. rings.Skip(1).Select(Ring)]);
    }

    /// <summary>A square of side <paramref name="side"/> units centred on (x, y).</summary>
    public static Polygon Square(TileAddress tile, double x, double y, double side)
    {
        var half = side / 2;
        return Polygon(tile, [(x - half, y - half), (x + half, y - half), (x + half, y + half), (x - half, y + half)]);
    }

    public static MultiPolygon Multi(params Polygon[] polygons) => Wgs84.CreateMultiPolygon(polygons);

    public static GeometryCollection Collection(params Geometry[] geometries) => Wgs84.CreateGeometryCollection(geometries);
}
