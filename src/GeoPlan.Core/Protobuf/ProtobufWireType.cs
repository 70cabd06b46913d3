namespace GeoPlan.Core.Protobuf;

/// <summary>The Protocol Buffers wire types GeoPlan writes.</summary>
public enum ProtobufWireType
{
    /// <summary>A varint.</summary>
    Varint = 0,
    /// <summary>Eight bytes, little-endian.</summary>
    Fixed64 = 1,
    /// <summary>A length, then that many bytes.</summary>
    LengthDelimited = 2,
}
