namespace GeoPlan.Testing.Mvt;

/// <summary>Which field of a vector tile Value message holds the value.</summary>
public enum MvtValueType
{
    /// <summary>string_value (1).</summary>
    String = 1,

    /// <summary>float_value (2).</summary>
    Float = 2,

    /// <summary>double_value (3).</summary>
    Double = 3,

    /// <summary>int_value (4), a plain varint int64.</summary>
    Int = 4,

    /// <summary>uint_value (5).</summary>
    UInt = 5,

    /// <summary>sint_value (6), a zigzag int64.</summary>
    SInt = 6,

    /// <summary>bool_value (7).</summary>
    Bool = 7,
}
