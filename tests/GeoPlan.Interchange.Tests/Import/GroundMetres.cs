using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Tests.Import;

/// <summary>How far apart two WGS 84 positions are on the ground, in metres, good to well under a millimetre at centimetre distances.</summary>
internal static class GroundMetres
{
    public static double Between(Coordinate a, Coordinate b)
    {
        var latitude = (a.Y + b.Y) / 2 * Math.PI / 180;
        var east = (a.X - b.X) * 111_320 * Math.Cos(latitude);
        var north = (a.Y - b.Y) * 110_574;
        return Math.Sqrt((east * east) + (north * north));
    }

    /// <summary>The largest distance between corresponding vertices of two geometries with the same vertex count, compared in
    /// normal form: formats differ in ring orientation and in the vertex a ring starts at.</summary>
    public static double Largest(Geometry expected, Geometry actual)
    {
        Assert.Equal(expected.NumPoints, actual.NumPoints);
        return expected.Normalized().Coordinates.Zip(actual.Normalized().Coordinates, Between).Max();
    }
}
