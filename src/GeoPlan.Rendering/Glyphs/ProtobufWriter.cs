using System.Buffers;
using System.Text;

namespace GeoPlan.Rendering.Glyphs;

/// <summary>Writes Protocol Buffers wire format: varints, zigzag sint32, length-delimited bytes, strings and nested messages.</summary>
internal sealed class ProtobufWriter
{
    private const int VarintType = 0;
    private const int LengthDelimitedType = 2;

    private readonly ArrayBufferWriter<byte> _buffer = new();

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    /// <summary>An unsigned varint field (uint32, uint64).</summary>
    public void WriteUInt32(int field, uint value)
    {
        WriteKey(field, VarintType);
        WriteVarint(value);
    }

    /// <summary>A sint32 field, zigzag encoded so small negative numbers stay short.</summary>
    public void WriteSInt32(int field, int value)
    {
        WriteKey(field, VarintType);
        WriteVarint((uint)((value << 1) ^ (value >> 31)));
    }

    /// <summary>A bytes field, or an embedded message already encoded.</summary>
    public void WriteBytes(int field, ReadOnlySpan<byte> value)
    {
        WriteKey(field, LengthDelimitedType);
        WriteVarint((ulong)value.Length);
        _buffer.Write(value);
    }

    /// <summary>A string field in UTF-8.</summary>
    public void WriteString(int field, string value) => WriteBytes(field, Encoding.UTF8.GetBytes(value));

    /// <summary>An embedded message.</summary>
    public void WriteMessage(int field, ProtobufWriter message) => WriteBytes(field, message.WrittenSpan);

    private void WriteKey(int field, int wireType) => WriteVarint(((ulong)field << 3) | (uint)wireType);

    private void WriteVarint(ulong value)
    {
        var span = _buffer.GetSpan(10);
        var length = 0;
        while (value >= 0x80)
        {
            span[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[length++] = (byte)value;
        _buffer.Advance(length);
    }
}
