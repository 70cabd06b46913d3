using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Writing;

/// <summary>Writes a geometry as a GeoJSON geometry object, with coordinates formatted for the output CRS.</summary>
internal static class GeoJsonGeometryWriter
{
    /// <summary>Writes <paramref name="geometry"/>, already in <paramref name="target"/>'s coordinates.</summary>
    public static void Write(Utf8JsonWriter json, Geometry geometry, ExportCrs target)
    {
        json.WriteStartObject();
        json.WriteString("type", geometry.GeometryType);
        if (geometry is GeometryCollection and not (MultiPoint or MultiLineString or MultiPolygon))
        {
            json.WritePropertyName("geometries");
            json.WriteStartArray();
            for (var i = 0; i < geometry.NumGeometries; i++)
            {
                Write(json, geometry.GetGeometryN(i), target);
            }

            json.WriteEndArray();
        }
        else
        {
            json.WritePropertyName("coordinates");
            WriteCoordinates(json, geometry, target);
        }

        json.WriteEndObject();
    }

    private static void WriteCoordinates(Utf8JsonWriter json, Geometry geometry, ExportCrs target)
    {
        switch (geometry)
        {
            case Point point when point.IsEmpty:
                json.WriteStartArray();
                json.WriteEndArray();
                break;
            case Point point:
                WritePosition(json, point.X, point.Y, target);
                break;
            case LineString line:
                WriteSequence(json, line.CoordinateSequence, target);
                break;
            case Polygon polygon:
                json.WriteStartArray();
                if (!polygon.IsEmpty)
                {
                    WriteSequence(json, polygon.Shell.CoordinateSequence, target);
                    foreach (var hole in polygon.Holes)
                    {
                        WriteSequence(json, hole.CoordinateSequence, target);
                    }
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStartArray();
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    WriteCoordinates(json, geometry.GetGeometryN(i), target);
                }

                json.WriteEndArray();
                break;
        }
    }

    private static void WriteSequence(Utf8JsonWriter json, CoordinateSequence sequence, ExportCrs target)
    {
        json.WriteStartArray();
        for (var i = 0; i < sequence.Count; i++)
        {
            WritePosition(json, sequence.GetX(i), sequence.GetY(i), target);
        }

        json.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter json, double x, double y, ExportCrs target)
    {
        json.WriteStartArray();
        json.WriteRawValue(target.Format(x), skipInputValidation: true);
        json.WriteRawValue(target.Format(y), skipInputValidation: true);
        json.WriteEndArray();
    }
}
