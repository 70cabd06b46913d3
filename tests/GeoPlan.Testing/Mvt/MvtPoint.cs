namespace GeoPlan.Testing.Mvt;

/// <summary>A decoded vertex in tile coordinates; wider than int32 so overflowing deltas stay visible.</summary>
/// <param name="X">Tile x, rightwards.</param>
/// <param name="Y">Tile y, downwards.</param>
public readonly record struct MvtPoint(long X, long Y);
