using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace GeoPlan.Core.Tiles;

/// <summary>A growable byte buffer that writes Protocol Buffers wire format; cleared and reused rather than reallocated.</summary>
internal sealed class ProtobufBuffer
{
    private byte[] _bytes = new byte[4096];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public static int VarintSize(ulong value) => value < 0x80 ? 1 : (70 - BitOperations.LeadingZeroCount(value)) / 7;

    public void WriteKey(int field, ProtobufWireType type) => WriteVarint(((uint)field << 3) | (uint)type);

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

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    private void Reserve(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }
    }
}
