using GeoPlan.Core.Styling;
using GeoPlan.Rendering;

namespace GeoPlan.Server.Maps;

/// <summary>Registers what draws the raster maps and legends of <c>/wms</c> and <c>/map</c>.</summary>
public static class MapRenderingServices
{
    /// <summary>Adds one map renderer in the default plan style, one legend renderer and the legend cache, shared by every request.</summary>
    public static IServiceCollection AddMapRendering(this IServiceCollection services) => services
        .AddSingleton(_ => new MapRenderer(PlanStyle.Default))
        .AddSingleton(_ => new LegendRenderer())
        .AddSingleton<LegendImages>();
}
