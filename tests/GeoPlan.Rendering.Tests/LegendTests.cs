using GeoPlan.Core.Styling;
using SkiaSharp;

namespace GeoPlan.Rendering.Tests;

/// <summary>Legends list every layer and status in both languages, and draw each symbol as the map does.</summary>
public sealed class LegendTests
{
    private static readonly PlanStyle Style = PlanStyle.Default;

    [Fact]
    public void The_whole_maps_legend_has_every_layer_and_every_status()
    {
        var legend = MapLegend.ForAllLayers(Style);

        var keys = legend.Entries.Select(e => e.Key).ToList();
        foreach (var layer in Style.Layers)
        {
            Assert.Contains(keys, k => k == layer.LayerId || k.StartsWith(layer.LayerId + "/", StringComparison.Ordinal));
        }

        Assert.Equal(
            ["status/operating", "status/under_construction", "status/planned", "status/proposed"],
            legend.Sections.Single(s => s.Key == "status").Entries.Select(e => e.Key));
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(legend.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.TitleZh) || string.IsNullOrWhiteSpace(e.TitleEn)));
    }

    [Fact]
    public void The_legend_image_shows_each_symbol_in_its_colour()
    {
        var legend = MapLegend.ForAllLayers(Style);

        using var image = Png.Decode(new LegendRenderer().RenderPng(legend, MapLanguage.Zh));

        var pixels = image.Pixels;
        foreach (var entry in legend.Entries)
        {
            var symbol = entry.Symbol;
            var (color, opacity) = symbol.Fill is { } fill && symbol.FillOpacity > 0
                ? (fill, symbol.FillOpacity)
                : (symbol.Stroke!.Value, symbol.StrokeOpacity);
            var expected = Png.Blend(color, opacity, StyleColor.White);
            Assert.True(pixels.Any(p => Png.Distance(p, expected) <= 3), $"no pixel of {entry.Key} has its colour {expected}");
        }
    }

    [Fact]
    public void A_layers_legend_has_its_colours_and_its_statuses()
    {
        var rail = MapLegend.ForLayer(Style, Style.Find("rail_lines")!);
        var parks = MapLegend.ForLayer(Style, Style.Find("parks")!);

        using var railImage = Png.Decode(new LegendRenderer().RenderPng(rail, MapLanguage.En));
        using var parksImage = Png.Decode(new LegendRenderer().RenderPng(parks, MapLanguage.En));

        Assert.Equal(
            [
                "rail_lines/metro", "rail_lines/high_speed", "rail_lines/intercity",
                "rail_lines/status/under_construction", "rail_lines/status/planned", "rail_lines/status/proposed",
            ],
            rail.Entries.Select(e => e.Key));
        Assert.Equal(4, parks.Entries.Count());
        Assert.True(railImage.Height > parksImage.Height);
        Assert.NotEmpty(rail.Entries.Single(e => e.Key == "rail_lines/status/under_construction").Symbol.DashArray);
    }

    [Fact]
    public void Chinese_and_english_legends_differ()
    {
        var legend = MapLegend.ForLayer(Style, Style.Find("parks")!);
        var renderer = new LegendRenderer();

        Assert.NotEqual(renderer.RenderPng(legend, MapLanguage.Zh), renderer.RenderPng(legend, MapLanguage.En));
        using var transparent = Png.Decode(renderer.RenderPng(legend, MapLanguage.Zh, transparent: true));
        Assert.Equal(0, transparent.GetPixel(transparent.Width - 1, transparent.Height - 1).Alpha);
        using var opaque = Png.Decode(renderer.RenderPng(legend, MapLanguage.Zh));
        Assert.Equal(SKColors.White, opaque.GetPixel(opaque.Width - 1, opaque.Height - 1));
    }
}
