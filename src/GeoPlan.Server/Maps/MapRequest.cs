using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using GeoPlan.Rendering;

namespace GeoPlan.Server.Maps;

/// <summary>A map to draw, validated: which layers (bottom first), where and how big, in which language and scenario.</summary>
/// <param name="Layers">Layer ids in drawing order, bottom first, each once.</param>
/// <param name="Viewport">Extent, CRS, size and background.</param>
/// <param name="Language">The labels' language.</param>
/// <param name="Scenario">Only features that exist in this year, when set.</param>
public sealed record MapRequest(IReadOnlyList<string> Layers, MapViewport Viewport, MapLanguage Language, ScenarioYear? Scenario);
