namespace GeoPlan.Server.Viewer;

/// <summary>What the viewer page reads at start: the background raster, if one is configured, and whether it must ask for a token.</summary>
/// <param name="BackgroundTiles">The XYZ URL template of the background raster; null when there is none.</param>
/// <param name="BackgroundAttribution">The background's attribution; null when there is none.</param>
/// <param name="ReadsNeedToken">Whether reading the plan needs an access token (GeoPlan:Security:RequireViewerForReads), so the page asks
/// the planner for one before it loads anything else.</param>
public sealed record ViewerConfig(string? BackgroundTiles, string? BackgroundAttribution, bool ReadsNeedToken);
