using GeoPlan.Core.Styling;
using SkiaSharp;

namespace GeoPlan.Rendering;

/// <summary>Draws a symbol small, in a legend cell: an area as a box, a line across the cell, a point as one circle.</summary>
internal static class SymbolSwatch
{
    public static void Draw(SKCanvas canvas, SymbolPaint paint, SKRect cell)
    {
        var symbol = paint.Symbol;
        switch (symbol.Kind)
        {
            case SymbolKind.Fill:
                var inset = (float)Math.Ceiling(symbol.StrokeWidth / 2);
                var box = SKRect.Inflate(cell, -inset, -inset);
                if (paint.Fill is not null)
                {
                    canvas.DrawRect(box, paint.Fill);
                }

                if (paint.Stroke is not null)
                {
                    canvas.DrawRect(box, paint.Stroke);
                }

                break;
            case SymbolKind.Line:
                if (paint.Stroke is not null)
                {
                    canvas.DrawLine(cell.Left, cell.MidY, cell.Right, cell.MidY, paint.Stroke);
                }

                break;
            case SymbolKind.Circle:
                if (paint.Fill is not null)
                {
                    canvas.DrawCircle(cell.MidX, cell.MidY, (float)symbol.Radius, paint.Fill);
                }

                if (paint.Stroke is not null)
                {
                    canvas.DrawCircle(cell.MidX, cell.MidY, (float)(symbol.Radius + (symbol.StrokeWidth / 2)), paint.Stroke);
                }

                break;
        }
    }
}
