using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace GeoPlan.Rendering.Tests;

/// <summary>Chinese labels are written in real glyphs, not the empty boxes a font without Chinese draws.</summary>
public sealed class ChineseLabelTests
{
    private static readonly GeometryFactory LonLat = new(new PrecisionModel(), 4326);
    private static readonly GeographicView View = new(123.40, 41.83, 123.46, 41.87, 600, 400);

    private static byte[] Pixels(string text)
    {
        using var surface = SKSurface.Create(new SKImageInfo(80, 40));
        using var font = new SKFont(LabelFont.Default.Typeface, 24);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.DrawText(text, 4, 30, SKTextAlign.Left, font, ink);
        using var image = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(image);
        return bitmap.Bytes;
    }

    private static PlanFeature Park(string nameZh) => new()
    {
        Id = "test-park",
        Layer = "parks",
        Geometry = LonLat.ToGeometry(new Envelope(123.41, 123.45, 41.84, 41.86)),
        NameZh = nameZh,
        NameEn = "Test park",
        Status = FeatureStatus.Operating,
        Source = "test",
        AccuracyM = 0,
    };

    [SkippableFact]
    public void The_label_font_has_glyphs_for_shenyang()
    {
        ChineseFont.Require();
        var typeface = LabelFont.Default.Typeface;
        const string Missing = "\U0010FFFD\U0010FFFD";

        Assert.True(typeface.ContainsGlyph('沈') && typeface.ContainsGlyph('阳'), $"{LabelFont.Default.FamilyName} lacks 沈阳");
        Assert.False(typeface.ContainsGlyph(0x10FFFD));
        // Two missing glyphs draw the same two boxes; two real ones differ from those and from each other.
        var shenyang = Pixels("沈阳");
        Assert.NotEqual(Pixels(Missing), shenyang);
        Assert.NotEqual(Pixels("北陵"), shenyang);
        Assert.Contains(shenyang, b => b < 128);
    }

    [SkippableFact]
    public void A_map_writes_different_chinese_names_differently()
    {
        ChineseFont.Require();
        var renderer = new MapRenderer(PlanStyle.Default);

        var shenyang = renderer.RenderPng(new[] { Park("沈阳") }.ToLookup(f => f.Layer), View.Crs84, MapLanguage.Zh);
        var beiling = renderer.RenderPng(new[] { Park("北陵") }.ToLookup(f => f.Layer), View.Crs84, MapLanguage.Zh);
        var english = renderer.RenderPng(new[] { Park("沈阳") }.ToLookup(f => f.Layer), View.Crs84, MapLanguage.En);

        Assert.NotEqual(shenyang, beiling);
        Assert.NotEqual(shenyang, english);
    }

    [Fact]
    public void The_label_font_says_truly_whether_it_covers_chinese()
    {
        var font = LabelFont.Default;

        Assert.Equal(font.CoversChinese, font.Typeface.ContainsGlyph('沈'));
        Assert.Contains("apt-get install fonts-noto-cjk", LabelFont.InstallAdvice, StringComparison.Ordinal);
    }
}
