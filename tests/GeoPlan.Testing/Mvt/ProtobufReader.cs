using System.Buffers.Binary;
using System.Text;

namespace GeoPlan.Testing.Mvt;

/// <summary>Reads Protocol Buffers wire format field by field; every malformed byte is a <see cref="FormatException"/>.</summary>
internal ref struct ProtobufReader(ReadOnlySpan<byte> bytes)
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int LengthDelimited = 2;
    public const int Fixed32 = 5;

    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _position;

    public readonly bool AtEnd => _position >= _bytes.Length;

    public (int Field, int WireType) ReadKey()
    {
        var key = ReadVarint();
        var field = key >> 3;
        if (field == 0 || field > int.MaxValue)
        {
            throw new FormatException($"field number {field} at byte {_position}");
        }

        return ((int)field, (int)(key & 7));
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            if (_position >= _bytes.Length)
            {
                throw new FormatException("the message ends inside a varint");
            }

            var b = _bytes[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("a varint longer than ten bytes");
    }

    public ReadOnlySpan<byte> ReadLengthDelimited()
    {
        var length = ReadVarint();
        if (length > (ulong)(_bytes.Length - _position))
        {
            throw new FormatException($"a field of {length} bytes where {_bytes.Length - _position} remain");
        }

        var slice = _bytes.Slice(_position, (int)length);
        _position += (int)length;
        return slice;
    }

    public string ReadString() => Encoding.UTF8.GetString(ReadLengthDelimited());

    public float ReadFixed32() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    public double ReadFixed64() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    /// <summary>Reads a repeated uint32 field, packed or not, appending to <paramref name="into"/>.</summary>
    public void ReadUInt32s(int wireType, List<uint> into)
    {
        if (wireType == Varint)
        {
            into.Add(CheckedUInt32(ReadVarint()));
            return;
        }

        Expect(wireType, LengthDelimited, "a repeated uint32");
        var packed = new ProtobufReader(ReadLengthDelimited());
        while (!packed.AtEnd)
        {
            into.Add(CheckedUInt32(packed.ReadVarint()));
        }
    }

    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case Varint:
                ReadVarint();
                break;
            case Fixed64:
                Take(8);
                break;
            case LengthDelimited:
                ReadLengthDelimited();
                break;
            case Fixed32:
                Take(4);
                break;
            default:
                throw new FormatException($"wire type {wireType} is not used by vector tiles");
        }
    }

    public static void Expect(int wireType, int expected, string what)
    {
        if (wireType != expected)
        {
            throw new FormatException($"{what} arrived with wire type {wireType}, not {expected}");
        }
    }

    private static uint CheckedUInt32(ulong value) =>
        value <= uint.MaxValue ? (uint)value : throw new FormatException($"{value} does not fit a uint32");

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _bytes.Length - _position)
        {
            throw new FormatException($"a fixed field of {count} bytes where {_bytes.Length - _position} remain");
        }

        var slice = _bytes.Slice(_position, count);
        _position += count;
        return slice;
    }
}
