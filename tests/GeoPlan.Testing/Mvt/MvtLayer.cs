namespace GeoPlan.Testing.Mvt;

/// <summary>A decoded layer.</summary>
/// <param name="Version">The version field.</param>
/// <param name="Name">The layer name.</param>
/// <param name="Extent">The extent field, or 4096 (the proto default) when absent.</param>
/// <param name="Keys">The key table.</param>
/// <param name="Values">The value table.</param>
/// <param name="Features">The features in stored order.</param>
public sealed record MvtLayer(
    uint Version,
    string Name,
    uint Extent,
    IReadOnlyList<string> Keys,
    IReadOnlyList<MvtValue> Values,
    IReadOnlyList<MvtFeature> Features);
