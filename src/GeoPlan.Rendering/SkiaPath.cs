using NetTopologySuite.Geometries;
using SkiaSharp;

namespace GeoPlan.Rendering;

/// <summary>Turns pixel-space polygons and lines into Skia paths.</summary>
internal static class SkiaPath
{
    /// <summary>A path of every ring or line in <paramref name="pixels"/>; holes are cut by the even-odd rule.</summary>
    public static SKPath From(Geometry pixels)
    {
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        Add(path, pixels);
        return path;
    }

    private static void Add(SKPath path, Geometry geometry)
    {
        switch (geometry)
        {
            case Polygon polygon:
                AddRing(path, polygon.ExteriorRing.CoordinateSequence, close: true);
                foreach (var hole in polygon.InteriorRings)
                {
                    AddRing(path, hole.CoordinateSequence, close: true);
                }

                break;
            case LineString line:
                AddRing(path, line.CoordinateSequence, close: false);
                break;
            case GeometryCollection collection:
                foreach (var part in collection.Geometries)
                {
                    Add(path, part);
                }

                break;
        }
    }

    private static void AddRing(SKPath path, CoordinateSequence seq, bool close)
    {
        if (seq.Count < 2)
        {
            return;
        }

        path.MoveTo((float)seq.GetX(0), (float)seq.GetY(0));
        for (var i = 1; i < seq.Count; i++)
        {
            path.LineTo((float)seq.GetX(i), (float)seq.GetY(i));
        }

        if (close)
        {
            path.Close();
        }
    }
}
