using GeoPlan.Core.Tiles;

namespace GeoPlan.Core.Tests.Tiles;

/// <summary>Builds tile geometries for tests from literal coordinates.</summary>
internal static class TileShapes
{
    public static TileGeometry Points(params (int X, int Y)[] points)
    {
        var builder = new TileGeometryBuilder();
        builder.Begin(TileGeometryType.Point);
        foreach (var (x, y) in points)
        {
            builder.Add(x, y);
        }

        return builder.Finish()!;
    }

    public static TileGeometry Lines(params (int X, int Y)[][] lines) => Build(TileGeometryType.LineString, lines, _ => true);

    /// <summary>A polygon geometry; rings whose index is in <paramref name="interior"/> are interior rings.</summary>
    public static TileGeometry Polygon((int X, int Y)[][] rings, params int[] interior) =>
        Build(TileGeometryType.Polygon, rings, i => !interior.Contains(i));

    private static TileGeometry Build(TileGeometryType type, (int X, int Y)[][] parts, Func<int, bool> exterior)
    {
        var builder = new TileGeometryBuilder();
        builder.Begin(type);
        for (var i = 0; i < parts.Length; i++)
        {
            builder.StartPart(exterior(i));
            foreach (var (x, y) in parts[i])
            {
                builder.Add(x, y);
            }
        }

        return builder.Finish()!;
    }
}
