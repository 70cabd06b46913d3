using System.Text;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Writing;

/// <summary>Writes a geometry as OGC Well-Known Text with the export's coordinate decimals, e.g. <c>POINT (123.4 41.8)</c>.</summary>
internal static class WktText
{
    /// <summary>Appends the WKT of <paramref name="geometry"/> to <paramref name="text"/>.</summary>
    public static void Append(StringBuilder text, Geometry geometry, ExportCrs target)
    {
        text.Append(geometry.GeometryType.ToUpperInvariant());
        if (geometry.IsEmpty)
        {
            text.Append(" EMPTY");
            return;
        }

        text.Append(' ');
        AppendBody(text, geometry, target);
    }

    private static void AppendBody(StringBuilder text, Geometry geometry, ExportCrs target)
    {
        switch (geometry)
        {
            case Point point:
                text.Append('(');
                AppendPosition(text, point.X, point.Y, target);
                text.Append(')');
                break;
            case LineString line:
                AppendSequence(text, line.CoordinateSequence, target);
                break;
            case Polygon polygon:
                text.Append('(');
                AppendSequence(text, polygon.Shell.CoordinateSequence, target);
                foreach (var hole in polygon.Holes)
                {
                    text.Append(", ");
                    AppendSequence(text, hole.CoordinateSequence, target);
                }

                text.Append(')');
                break;
            case GeometryCollection collection when collection is not (MultiPoint or MultiLineString or MultiPolygon):
                text.Append('(');
                for (var i = 0; i < collection.NumGeometries; i++)
                {
                    text.Append(i > 0 ? ", " : "");
                    Append(text, collection.GetGeometryN(i), target);
                }

                text.Append(')');
                break;
            default:
                text.Append('(');
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    text.Append(i > 0 ? ", " : "");
                    AppendBody(text, geometry.GetGeometryN(i), target);
                }

                text.Append(')');
                break;
        }
    }

    private static void AppendSequence(StringBuilder text, CoordinateSequence sequence, ExportCrs target)
    {
        text.Append('(');
        for (var i = 0; i < sequence.Count; i++)
        {
            text.Append(i > 0 ? ", " : "");
            AppendPosition(text, sequence.GetX(i), sequence.GetY(i), target);
        }

        text.Append(')');
    }

    private static void AppendPosition(StringBuilder text, double x, double y, ExportCrs target) =>
        text.Append(target.Format(x)).Append(' ').Append(target.Format(y));
}
