using GeoPlan.Core.Styling;

namespace GeoPlan.Server.Maps;

/// <summary>A style that draws only the requested layers, in the order they were asked for (the first at the bottom).</summary>
internal static class LayerOrderStyle
{
    /// <summary>The layers of <paramref name="style"/> named in <paramref name="layers"/>, renumbered to draw in that order.</summary>
    public static PlanStyle For(PlanStyle style, IReadOnlyList<string> layers)
    {
        var ordered = layers
            .Distinct(StringComparer.Ordinal)
            .Select(style.Find)
            .OfType<LayerStyle>()
            .Select((layer, position) => layer with { DrawOrder = position });
        return new PlanStyle(style.Background, ordered, style.Statuses);
    }
}
