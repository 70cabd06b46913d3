namespace GeoPlan.Core.Tiles;

/// <summary>The Protocol Buffers wire types a vector tile uses.</summary>
internal enum ProtobufWireType
{
    Varint = 0,
    Fixed64 = 1,
    LengthDelimited = 2,
}
