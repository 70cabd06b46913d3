using SkiaSharp;

namespace GeoPlan.Rendering;

/// <summary>Draws labels with a halo, each only where it fits inside the map and overlaps no label already drawn.</summary>
internal sealed class LabelPlacer : IDisposable
{
    private const double LineSpacing = 1.2;
    private const float Padding = 2;
    // The same name (a rail line built in sections) is not repeated closer than this, in pixels.
    private const double RepeatDistance = 256;

    private readonly SKCanvas _canvas;
    private readonly SKTypeface _typeface;
    private readonly SKRect _bounds;
    private readonly List<SKRect> _placed = [];
    private readonly Dictionary<string, List<SKPoint>> _drawnTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<float, SKFont> _fonts = [];
    private readonly SKPaint _text = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _halo = new() { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeJoin = SKStrokeJoin.Round };

    public LabelPlacer(SKCanvas canvas, SKTypeface typeface, int width, int height)
    {
        _canvas = canvas;
        _typeface = typeface;
        _bounds = new SKRect(0, 0, width, height);
    }

    /// <summary>Draws the label and returns true, or returns false when it would leave the map or overlap another.</summary>
    public bool TryDraw(LabelCandidate label)
    {
        if (string.IsNullOrWhiteSpace(label.Text))
        {
            return false;
        }

        var style = label.Style;
        var font = Font((float)style.Size);
        var lines = Wrap(label.Text, font, style.Size * style.MaxWidthEms);
        var widths = lines.Select(line => font.MeasureText(line)).ToList();
        var lineHeight = (float)(style.Size * LineSpacing);
        var width = widths.Max();
        var height = lineHeight * lines.Count;
        var left = (float)(label.RightOfAnchor ? label.X + label.OffsetX : label.X - (width / 2));
        var top = (float)(label.Y - (height / 2));
        var halo = (float)style.HaloWidth;
        var box = new SKRect(left - halo - Padding, top - halo - Padding, left + width + halo + Padding, top + height + halo + Padding);
        var centre = new SKPoint(box.MidX, box.MidY);
        if (!_bounds.Contains(box) || _placed.Any(box.IntersectsWith) || RepeatsNearby(label.Text, centre))
        {
            return false;
        }

        _placed.Add(box);
        Remember(label.Text, centre);
        _text.Color = SymbolPaint.ToSkia(style.Color);
        _halo.Color = SymbolPaint.ToSkia(style.HaloColor);
        _halo.StrokeWidth = halo * 2;
        var metrics = font.Metrics;
        var glyphHeight = metrics.Descent - metrics.Ascent;
        for (var i = 0; i < lines.Count; i++)
        {
            var x = label.RightOfAnchor ? left : left + ((width - widths[i]) / 2);
            var baseline = top + (i * lineHeight) + ((lineHeight - glyphHeight) / 2) - metrics.Ascent;
            if (halo > 0)
            {
                _canvas.DrawText(lines[i], x, baseline, SKTextAlign.Left, font, _halo);
            }

            _canvas.DrawText(lines[i], x, baseline, SKTextAlign.Left, font, _text);
        }

        return true;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _text.Dispose();
        _halo.Dispose();
    }

    // Breaks at spaces only, so Chinese names stay on one line and English ones wrap between words.
    private static List<string> Wrap(string text, SKFont font, double maxWidth)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines;
    }

    private SKFont Font(float size)
    {
        if (!_fonts.TryGetValue(size, out var font))
        {
            font = new SKFont(_typeface, size) { Edging = SKFontEdging.Antialias, Subpixel = true };
            _fonts[size] = font;
        }

        return font;
    }

    private bool RepeatsNearby(string text, SKPoint centre) =>
        _drawnTexts.TryGetValue(text, out var centres) && centres.Any(c => SKPoint.Distance(c, centre) < RepeatDistance);

    private void Remember(string text, SKPoint centre)
    {
        if (!_drawnTexts.TryGetValue(text, out var centres))
        {
            centres = [];
            _drawnTexts[text] = centres;
        }

        centres.Add(centre);
    }
}
