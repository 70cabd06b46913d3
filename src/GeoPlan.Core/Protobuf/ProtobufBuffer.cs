using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace GeoPlan.Core.Protobuf;

/// <summary>A growable byte buffer that writes Protocol Buffers wire format; cleared and reused rather than reallocated.</summary>
public sealed class ProtobufBuffer
{
    private byte[] _bytes = new byte[4096];

    /// <summary>How many bytes are written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, Length);

    /// <summary>Forgets what was written, keeping the memory.</summary>
    public void Clear() => Length = 0;

    /// <summary>How many bytes <paramref name="value"/> takes as a varint.</summary>
    public static int VarintSize(ulong value) => value < 0x80 ? 1 : (70 - BitOperations.LeadingZeroCount(value)) / 7;

    /// <summary>A field's key: its number and wire type.</summary>
    public void WriteKey(int field, ProtobufWireType type) => WriteVarint(((uint)field << 3) | (uint)type);

    /// <summary>An unsigned varint.</summary>
    public void WriteVarint(ulong value)
    {
        Reserve(10);
        var bytes = _bytes;
        var at = Length;
        while (value >= 0x80)
        {
            bytes[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        bytes[at++] = (byte)value;
        Length = at;
    }

    /// <summary>A little-endian 64-bit double.</summary>
    public void WriteDouble(double value)
    {
        Reserve(8);
        BinaryPrimitives.WriteDoubleLittleEndian(_bytes.AsSpan(Length), value);
        Length += 8;
    }

    /// <summary>Writes the length prefix and UTF-8 bytes of <paramref name="text"/>, whose UTF-8 length the caller has measured.</summary>
    public void WriteString(string text, int utf8Length)
    {
        WriteVarint((uint)utf8Length);
        Reserve(utf8Length);
        Length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(Length));
    }

    /// <summary>Raw bytes, without a length prefix.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>A length-delimited field: key, length, then the bytes (an embedded message already written, or raw bytes).</summary>
    public void WriteLengthDelimited(int field, ReadOnlySpan<byte> bytes)
    {
        WriteKey(field, ProtobufWireType.LengthDelimited);
        WriteVarint((ulong)bytes.Length);
        WriteBytes(bytes);
    }

    /// <summary>A varint field.</summary>
    public void WriteVarintField(int field, ulong value)
    {
        WriteKey(field, ProtobufWireType.Varint);
        WriteVarint(value);
    }

    /// <summary>A sint32 field, zigzag encoded so small negative numbers stay short.</summary>
    public void WriteSInt32Field(int field, int value) => WriteVarintField(field, (uint)((value << 1) ^ (value >> 31)));

    private void Reserve(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }
    }
}
