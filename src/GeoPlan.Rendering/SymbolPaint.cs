using GeoPlan.Core.Styling;
using SkiaSharp;

namespace GeoPlan.Rendering;

/// <summary>The Skia paints of one <see cref="FeatureSymbol"/>, made once and reused for every feature drawn with it.</summary>
internal sealed class SymbolPaint : IDisposable
{
    public SymbolPaint(FeatureSymbol symbol)
    {
        Symbol = symbol;
        if (symbol.Fill is { } fill && symbol.FillOpacity > 0)
        {
            Fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true, Color = ToSkia(fill, symbol.FillOpacity) };
        }

        if (symbol.Stroke is { } stroke && symbol.StrokeOpacity > 0 && symbol.StrokeWidth > 0)
        {
            Stroke = new SKPaint
            {
                Style = SKPaintStyle.Stroke,
                IsAntialias = true,
                Color = ToSkia(stroke, symbol.StrokeOpacity),
                StrokeWidth = (float)symbol.StrokeWidth,
                StrokeJoin = SKStrokeJoin.Round,
                StrokeCap = SKStrokeCap.Butt,
                PathEffect = Dash(symbol),
            };
        }
    }

    /// <summary>The symbol the paints draw.</summary>
    public FeatureSymbol Symbol { get; }

    /// <summary>The fill paint; null when nothing is filled.</summary>
    public SKPaint? Fill { get; }

    /// <summary>The stroke paint, dashed when the symbol is; null when nothing is stroked.</summary>
    public SKPaint? Stroke { get; }

    /// <summary>A Skia colour from a style colour and an opacity, as an 8-bit alpha.</summary>
    public static SKColor ToSkia(StyleColor color, double opacity = 1) =>
        new(color.R, color.G, color.B, (byte)Math.Round(Math.Clamp(opacity, 0, 1) * 255));

    public void Dispose()
    {
        Fill?.Dispose();
        Stroke?.PathEffect?.Dispose();
        Stroke?.Dispose();
    }

    // MapLibre measures dashes in line widths and repeats an odd-length pattern; Skia wants pixels and an even count.
    private static SKPathEffect? Dash(FeatureSymbol symbol)
    {
        if (symbol.DashArray.Count == 0)
        {
            return null;
        }

        var pattern = symbol.DashArray.Count % 2 == 0 ? symbol.DashArray : [.. symbol.DashArray, .. symbol.DashArray];
        return SKPathEffect.CreateDash(pattern.Select(d => (float)(d * symbol.StrokeWidth)).ToArray(), 0);
    }
}
