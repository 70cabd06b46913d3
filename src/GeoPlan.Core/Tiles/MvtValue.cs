namespace GeoPlan.Core.Tiles;

/// <summary>A property value as a vector tile stores it: its Value message field and bits; equal values share an index.</summary>
/// <param name="Field">The Value message field number: 1 string, 3 double, 4 int, 5 uint, 6 sint, 7 bool.</param>
/// <param name="Bits">The varint payload, or the IEEE bits of a double.</param>
/// <param name="Text">The text of a string value.</param>
internal readonly record struct MvtValue(int Field, ulong Bits, string? Text)
{
    public const int StringField = 1;
    public const int DoubleField = 3;
    public const int IntField = 4;
    public const int UIntField = 5;
    public const int SIntField = 6;
    public const int BoolField = 7;

    // Non-negative integers go in int_value (as short as uint_value); negative ones in sint_value, whose zigzag keeps
    // them short where int_value would spend ten bytes.
    public static MvtValue From(string key, object value) => value switch
    {
        string text => new(StringField, 0, text),
        bool flag => new(BoolField, flag ? 1UL : 0UL, null),
        long number => Integer(number),
        int number => Integer(number),
        short number => Integer(number),
        sbyte number => Integer(number),
        byte number => Integer(number),
        ushort number => Integer(number),
        uint number => Integer(number),
        ulong number => number <= long.MaxValue ? Integer((long)number) : new(UIntField, number, null),
        double number => new(DoubleField, BitConverter.DoubleToUInt64Bits(number), null),
        float number => new(DoubleField, BitConverter.DoubleToUInt64Bits(number), null),
        _ => throw new ArgumentException(
            $"property '{key}' holds a {value.GetType().Name}; tile properties are text, whole or real numbers, or booleans",
            nameof(value)),
    };

    private static MvtValue Integer(long number) =>
        number >= 0 ? new(IntField, (ulong)number, null) : new(SIntField, (ulong)((number << 1) ^ (number >> 63)), null);
}
