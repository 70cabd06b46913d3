namespace GeoPlan.Core.Model;

/// <summary>The value type of a feature attribute.</summary>
public enum FieldType
{
    /// <summary>UTF-8 text.</summary>
    Text,

    /// <summary>A 64-bit integer.</summary>
    Integer,

    /// <summary>A double-precision number.</summary>
    Real,

    /// <summary>True or false.</summary>
    Boolean,
}
