namespace GeoPlan.Server.Viewer;

/// <summary>What the viewer page reads at start: the background raster, if one is configured.</summary>
/// <param name="BackgroundTiles">The XYZ URL template of the background raster; null when there is none.</param>
/// <param name="BackgroundAttribution">The background's attribution; null when there is none.</param>
public sealed record ViewerConfig(string? BackgroundTiles, string? BackgroundAttribution);
