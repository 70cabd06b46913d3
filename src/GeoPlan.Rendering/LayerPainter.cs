using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace GeoPlan.Rendering;

/// <summary>Draws the features of one layer in its style: all fills, then all strokes, then circles; and gathers their labels.</summary>
internal sealed class LayerPainter(SKCanvas canvas, PixelProjection projection, Envelope view, PlanStyle style, MapLanguage language)
{
    /// <summary>Draws <paramref name="features"/>, adding their labels to <paramref name="labels"/> when the zoom shows them.</summary>
    public void Paint(LayerStyle layer, IEnumerable<PlanFeature> features, List<LabelCandidate> labels)
    {
        var paints = new Dictionary<(FeatureStatus, StyleColor), SymbolPaint>();
        var shapes = new List<(SKPath Path, SymbolPaint Paint)>();
        var showLabels = layer.Label is { } label && projection.Zoom >= label.MinZoom;
        try
        {
            foreach (var feature in features)
            {
                var pixels = PixelGeometry.Project(feature.Geometry, projection, view);
                if (pixels.IsEmpty)
                {
                    continue;
                }

                var paint = PaintFor(layer, feature, paints);
                if (layer.Kind == SymbolKind.Circle)
                {
                    DrawCircles(pixels, paint);
                }
                else
                {
                    shapes.Add((SkiaPath.From(pixels), paint));
                }

                if (showLabels && LabelAnchor.Of(pixels, view) is { } anchor)
                {
                    var offset = layer.Kind == SymbolKind.Circle ? layer.Radius + layer.Width + 2 : 0;
                    labels.Add(new LabelCandidate(LabelText.Of(feature, layer.Label!, language), anchor.X, anchor.Y, offset, layer.Label!));
                }
            }

            DrawShapes(shapes);
        }
        finally
        {
            shapes.ForEach(s => s.Path.Dispose());
            foreach (var paint in paints.Values)
            {
                paint.Dispose();
            }
        }
    }

    private SymbolPaint PaintFor(LayerStyle layer, PlanFeature feature, Dictionary<(FeatureStatus, StyleColor), SymbolPaint> paints)
    {
        var value = layer.ColorAttribute is { } attribute ? feature.Attributes.GetValueOrDefault(attribute) as string : null;
        var key = (feature.Status, layer.ColorFor(value));
        if (!paints.TryGetValue(key, out var paint))
        {
            paint = new SymbolPaint(style.Symbol(layer, feature.Status, value));
            paints[key] = paint;
        }

        return paint;
    }

    // Fills first, so an area's outline is never hidden under its neighbour's fill.
    private void DrawShapes(List<(SKPath Path, SymbolPaint Paint)> shapes)
    {
        foreach (var (path, paint) in shapes.Where(s => s.Paint.Fill is not null))
        {
            canvas.DrawPath(path, paint.Fill);
        }

        foreach (var (path, paint) in shapes.Where(s => s.Paint.Stroke is not null))
        {
            canvas.DrawPath(path, paint.Stroke);
        }
    }

    // MapLibre puts a circle's stroke outside its radius; so does this.
    private void DrawCircles(Geometry pixels, SymbolPaint paint)
    {
        var symbol = paint.Symbol;
        for (var i = 0; i < pixels.NumGeometries; i++)
        {
            if (pixels.GetGeometryN(i) is not Point { IsEmpty: false } point)
            {
                continue;
            }

            var (x, y) = ((float)point.X, (float)point.Y);
            if (paint.Fill is not null)
            {
                canvas.DrawCircle(x, y, (float)symbol.Radius, paint.Fill);
            }

            if (paint.Stroke is not null)
            {
                canvas.DrawCircle(x, y, (float)(symbol.Radius + (symbol.StrokeWidth / 2)), paint.Stroke);
            }
        }
    }
}
