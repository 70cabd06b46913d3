using System.Buffers.Binary;
using NetTopologySuite.Geometries;

namespace GeoPlan.Storage.PostGis;

/// <summary>Writes 2D geometries as PostGIS extended WKB (little-endian, SRID on the outermost geometry) straight into a buffer.</summary>
/// <remarks>PostGIS's binary input reads these bytes as they are; writing them in place spares a byte array and a stream per feature.</remarks>
internal static class Ewkb
{
    private const uint SridFlag = 0x2000_0000;
    private const byte LittleEndian = 1;

    /// <summary>How many bytes <see cref="Write"/> writes for <paramref name="geometry"/>.</summary>
    public static int SizeOf(Geometry geometry) => 4 + SizeOfBody(geometry, header: true);

    /// <summary>Writes <paramref name="geometry"/> with its SRID into the first <see cref="SizeOf"/> bytes of <paramref name="target"/>.</summary>
    public static void Write(Geometry geometry, Span<byte> target)
    {
        target[0] = LittleEndian;
        BinaryPrimitives.WriteUInt32LittleEndian(target[1..], TypeCode(geometry) | SridFlag);
        BinaryPrimitives.WriteInt32LittleEndian(target[5..], geometry.SRID);
        WriteBody(geometry, target[9..]);
    }

    private static int SizeOfBody(Geometry geometry, bool header)
    {
        var size = header ? 5 : 0;
        switch (geometry)
        {
            case Point:
                return size + 16;
            case LineString line:
                return size + 4 + (16 * line.CoordinateSequence.Count);
            case Polygon polygon:
                size += 4 + 4 + (16 * polygon.ExteriorRing.CoordinateSequence.Count);
                foreach (var hole in polygon.InteriorRings)
                {
                    size += 4 + (16 * hole.CoordinateSequence.Count);
                }

                return size;
            case GeometryCollection collection:
                size += 4;
                foreach (var part in collection.Geometries)
                {
                    size += SizeOfBody(part, header: true);
                }

                return size;
            default:
                throw new NotSupportedException($"{geometry.GeometryType} has no EWKB encoding here");
        }
    }

    // Writes what follows the header and returns how many bytes it took.
    private static int WriteBody(Geometry geometry, Span<byte> target)
    {
        switch (geometry)
        {
            case Point point:
                // An empty point is NaN, NaN in WKB.
                var (x, y) = point.IsEmpty ? (double.NaN, double.NaN) : (point.X, point.Y);
                BinaryPrimitives.WriteDoubleLittleEndian(target, x);
                BinaryPrimitives.WriteDoubleLittleEndian(target[8..], y);
                return 16;
            case LineString line:
                return WriteSequence(line.CoordinateSequence, target);
            case Polygon polygon:
                var rings = polygon.IsEmpty ? 0 : 1 + polygon.NumInteriorRings;
                BinaryPrimitives.WriteInt32LittleEndian(target, rings);
                var written = 4;
                if (rings > 0)
                {
                    written += WriteSequence(polygon.ExteriorRing.CoordinateSequence, target[written..]);
                }

                foreach (var hole in polygon.InteriorRings)
                {
                    written += WriteSequence(hole.CoordinateSequence, target[written..]);
                }

                return written;
            default:
                var collection = (GeometryCollection)geometry;
                BinaryPrimitives.WriteInt32LittleEndian(target, collection.NumGeometries);
                var offset = 4;
                foreach (var part in collection.Geometries)
                {
                    target[offset] = LittleEndian;
                    BinaryPrimitives.WriteUInt32LittleEndian(target[(offset + 1)..], TypeCode(part));
                    offset += 5;
                    offset += WriteBody(part, target[offset..]);
                }

                return offset;
        }
    }

    private static int WriteSequence(CoordinateSequence sequence, Span<byte> target)
    {
        BinaryPrimitives.WriteInt32LittleEndian(target, sequence.Count);
        var offset = 4;
        for (var i = 0; i < sequence.Count; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(target[offset..], sequence.GetX(i));
            BinaryPrimitives.WriteDoubleLittleEndian(target[(offset + 8)..], sequence.GetY(i));
            offset += 16;
        }

        return offset;
    }

    private static uint TypeCode(Geometry geometry) => geometry switch
    {
        Point => 1,
        LinearRing or LineString => 2,
        Polygon => 3,
        MultiPoint => 4,
        MultiLineString => 5,
        MultiPolygon => 6,
        GeometryCollection => 7,
        _ => throw new NotSupportedException($"{geometry.GeometryType} has no EWKB encoding here"),
    };
}
