using System.Buffers.Binary;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>Reads and writes GeoPackage geometry blobs (the "GP" header, an optional envelope, then WKB).</summary>
internal static class GeoPackageBlob
{
    private static readonly GeoPackageGeoWriter Writer = new() { HandleOrdinates = Ordinates.XY };

    /// <summary>Encodes a geometry with its envelope in the header.</summary>
    public static byte[] Encode(Geometry geometry) => Writer.Write(geometry);

    /// <summary>Decodes a blob into a WGS 84 geometry.</summary>
    public static Geometry Decode(byte[] blob)
    {
        // GeoPlan's geometries are 2D; without this the reader hands back coordinates with an empty Z.
        var geometry = new GeoPackageGeoReader { HandleOrdinates = Ordinates.XY }.Read(blob);
        geometry.SRID = 4326;
        return geometry;
    }

    /// <summary>True when the header's empty flag is set.</summary>
    public static bool IsEmpty(byte[] blob) => (blob[3] & 0b1_0000) != 0;

    /// <summary>The blob's envelope, from the header when it has one, else from the geometry.</summary>
    public static Envelope Envelope(byte[] blob)
    {
        var flags = blob[3];
        var envelopeKind = (flags >> 1) & 0b111;
        if (envelopeKind == 0)
        {
            return Decode(blob).EnvelopeInternal;
        }

        // The envelope follows the 8-byte header as minx, maxx, miny, maxy.
        var littleEndian = (flags & 1) == 1;
        return new Envelope(Read(blob, 0, littleEndian), Read(blob, 1, littleEndian), Read(blob, 2, littleEndian), Read(blob, 3, littleEndian));
    }

    private static double Read(byte[] blob, int index, bool littleEndian)
    {
        var bytes = blob.AsSpan(8 + (index * 8), 8);
        return littleEndian ? BinaryPrimitives.ReadDoubleLittleEndian(bytes) : BinaryPrimitives.ReadDoubleBigEndian(bytes);
    }
}
