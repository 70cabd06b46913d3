using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using NpgsqlTypes;

namespace GeoPlan.Storage.PostGis;

/// <summary>Encodes rows in PostgreSQL's binary COPY format (header, rows of length-prefixed big-endian fields, trailer) onto a stream.</summary>
internal sealed class CopyRowWriter(Stream stream)
{
    private const int FlushAt = 60 * 1024;
    // The signature "PGCOPY\n\377\r\n\0", then no flags and no header extension.
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', 0x0A, 0xFF, 0x0D, 0x0A, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private byte[] _buffer = new byte[64 * 1024];
    private int _length;
    private bool _started;

    /// <summary>Writes one row: string, int, long, double, bool, geometry (as EWKB) or null values, in column order.</summary>
    public void Write(object?[] row, NpgsqlDbType[] types)
    {
        if (!_started)
        {
            Append(Header);
            _started = true;
        }

        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), (short)types.Length);
        for (var i = 0; i < types.Length; i++)
        {
            WriteValue(row[i], types[i]);
        }

        if (_length >= FlushAt)
        {
            Flush();
        }
    }

    /// <summary>Writes the trailer and sends what is buffered; the COPY ends when the stream is disposed.</summary>
    public void Finish()
    {
        if (!_started)
        {
            Append(Header);
        }

        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1);
        Flush();
    }

    private void WriteValue(object? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(Reserve(4), -1);
            return;
        }

        switch (type)
        {
            case NpgsqlDbType.Text:
                WriteText((string)value, jsonb: false);
                break;
            case NpgsqlDbType.Jsonb:
                WriteText((string)value, jsonb: true);
                break;
            case NpgsqlDbType.Integer:
                BinaryPrimitives.WriteInt32BigEndian(Field(4), Convert.ToInt32(value, CultureInfo.InvariantCulture));
                break;
            case NpgsqlDbType.Bigint:
                BinaryPrimitives.WriteInt64BigEndian(Field(8), Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case NpgsqlDbType.Double:
                BinaryPrimitives.WriteDoubleBigEndian(Field(8), Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case NpgsqlDbType.Boolean:
                Field(1)[0] = (bool)value ? (byte)1 : (byte)0;
                break;
            case NpgsqlDbType.Geometry:
                var geometry = (Geometry)value;
                Ewkb.Write(geometry, Field(Ewkb.SizeOf(geometry)));
                break;
            default:
                throw new NotSupportedException($"copying {type} values is not supported");
        }
    }

    private void WriteText(string text, bool jsonb)
    {
        var prefix = jsonb ? 1 : 0;
        var span = Field(Encoding.UTF8.GetByteCount(text) + prefix);
        if (jsonb)
        {
            // jsonb's binary form is a version byte, then the JSON text.
            span[0] = 1;
        }

        Encoding.UTF8.GetBytes(text, span[prefix..]);
    }

    // A field is its length, then that many bytes: the span returned is where they go.
    private Span<byte> Field(int length)
    {
        BinaryPrimitives.WriteInt32BigEndian(Reserve(4), length);
        return Reserve(length);
    }

    private void Append(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Flush();
            if (count > _buffer.Length)
            {
                _buffer = new byte[count];
            }
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    private void Flush()
    {
        stream.Write(_buffer, 0, _length);
        _length = 0;
    }
}
