using NetTopologySuite.Algorithm.Construct;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;

namespace GeoPlan.Rendering;

/// <summary>Where a label goes: the pole of inaccessibility of the largest area, the middle of the longest line, or the point.</summary>
/// <remarks>Areas and lines are first cut to the view, so what is labelled is the part a reader sees, as MapLibre does per tile.</remarks>
internal static class LabelAnchor
{
    private const double TolerancePart = 100;

    /// <summary>The anchor in the same pixels as <paramref name="pixels"/>; null when nothing of it shows in <paramref name="view"/>.</summary>
    public static Coordinate? Of(Geometry pixels, Envelope view) => pixels switch
    {
        Point or MultiPoint => pixels.IsEmpty ? null : pixels.GetGeometryN(0).Coordinate,
        Polygon or MultiPolygon => OfArea(LargestPart<Polygon>(InView(pixels, view), g => g.Area)),
        LineString or MultiLineString => OfLine(LargestPart<LineString>(InView(pixels, view), g => g.Length)),
        GeometryCollection collection => collection.Geometries.Select(g => Of(g, view)).FirstOrDefault(c => c is not null),
        _ => null,
    };

    private static Geometry InView(Geometry pixels, Envelope view)
    {
        if (view.Contains(pixels.EnvelopeInternal))
        {
            return pixels;
        }

        try
        {
            return pixels.Intersection(pixels.Factory.ToGeometry(view));
        }
        catch (TopologyException)
        {
            return pixels;
        }
    }

    private static Coordinate? OfArea(Polygon? polygon)
    {
        if (polygon is null || polygon.Area <= 0)
        {
            return null;
        }

        var size = Math.Max(polygon.EnvelopeInternal.Width, polygon.EnvelopeInternal.Height);
        try
        {
            return MaximumInscribedCircle.GetCenter(polygon, Math.Max(1, size / TolerancePart)).Coordinate;
        }
        catch (ArgumentException)
        {
            return polygon.InteriorPoint.Coordinate;
        }
    }

    private static Coordinate? OfLine(LineString? line) =>
        line is null || line.Length <= 0 ? null : new LengthIndexedLine(line).ExtractPoint(line.Length / 2);

    private static T? LargestPart<T>(Geometry geometry, Func<T, double> size)
        where T : Geometry =>
        Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<T>().MaxBy(size);
}
