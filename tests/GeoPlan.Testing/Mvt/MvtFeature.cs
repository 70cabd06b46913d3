namespace GeoPlan.Testing.Mvt;

/// <summary>A decoded feature: its raw fields as stored and its properties looked up in the layer's tables.</summary>
/// <param name="Id">The id, or null when the field is absent.</param>
/// <param name="Tags">The key and value index pairs as stored.</param>
/// <param name="Type">The GeomType.</param>
/// <param name="Commands">The geometry command integers as stored.</param>
/// <param name="Properties">The properties, key to value, in tag order.</param>
public sealed record MvtFeature(
    ulong? Id,
    IReadOnlyList<uint> Tags,
    MvtGeometryType Type,
    IReadOnlyList<uint> Commands,
    IReadOnlyDictionary<string, MvtValue> Properties)
{
    /// <summary>The geometry the <see cref="Commands"/> draw; a <see cref="FormatException"/> when they break the specification.</summary>
    public MvtGeometry Geometry() => MvtGeometry.Decode(Type, Commands);
}
