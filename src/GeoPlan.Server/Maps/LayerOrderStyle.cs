using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;

namespace GeoPlan.Server.Maps;

/// <summary>A style that draws only the requested layers, in the order they were asked for (the first at the bottom).</summary>
internal static class LayerOrderStyle
{
    /// <summary>The styles of <paramref name="layers"/> (plain ones for layers <paramref name="style"/> has no rule for), renumbered to
    /// draw in that order.</summary>
    public static PlanStyle For(PlanStyle style, IEnumerable<LayerInfo> layers) =>
        new(style.Background, layers.DistinctBy(l => l.Id).Select((layer, position) => style.For(layer) with { DrawOrder = position }), style.Statuses);
}
