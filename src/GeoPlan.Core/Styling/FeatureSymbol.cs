namespace GeoPlan.Core.Styling;

/// <summary>Everything needed to draw one feature: a layer's style resolved for one status and colour.</summary>
/// <param name="Kind">Fill, line or circle.</param>
/// <param name="Fill">The fill of areas and circles; null when nothing is filled.</param>
/// <param name="FillOpacity">How opaque the fill is, 0-1.</param>
/// <param name="Stroke">The line, outline or ring colour; null when nothing is stroked.</param>
/// <param name="StrokeOpacity">How opaque the stroke is, 0-1.</param>
/// <param name="StrokeWidth">The stroke width in pixels.</param>
/// <param name="Radius">The circle radius in pixels, for points.</param>
/// <param name="DashArray">Dash and gap lengths in multiples of <paramref name="StrokeWidth"/>; empty for a solid stroke.</param>
public sealed record FeatureSymbol(
    SymbolKind Kind,
    StyleColor? Fill,
    double FillOpacity,
    StyleColor? Stroke,
    double StrokeOpacity,
    double StrokeWidth,
    double Radius,
    IReadOnlyList<double> DashArray)
{
    /// <summary>Resolves <paramref name="layer"/> for a feature of <paramref name="status"/> drawn in <paramref name="color"/>.</summary>
    public static FeatureSymbol Resolve(LayerStyle layer, StatusStyle status, StyleColor color)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(status);
        var opacity = layer.Opacity * status.Opacity;
        return layer.Kind switch
        {
            SymbolKind.Fill => new FeatureSymbol(
                SymbolKind.Fill,
                layer.Opacity > 0 ? color : null,
                opacity,
                layer.OutlineColor,
                status.Opacity,
                layer.Width,
                0,
                status.DashArray),
            SymbolKind.Line => new FeatureSymbol(SymbolKind.Line, null, 0, color, opacity, layer.Width, 0, status.DashArray),
            // A circle cannot be dashed, so statuses that dash lines draw hollow circles instead.
            _ when status.HollowCircle => new FeatureSymbol(
                SymbolKind.Circle, StyleColor.White, opacity, color, opacity, layer.Width, layer.Radius, []),
            _ => new FeatureSymbol(SymbolKind.Circle, color, opacity, layer.OutlineColor, opacity, layer.Width, layer.Radius, []),
        };
    }
}
