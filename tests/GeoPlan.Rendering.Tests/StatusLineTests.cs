using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace GeoPlan.Rendering.Tests;

/// <summary>Lines show their status: solid when operating, dashed under construction, faint when planned.</summary>
public sealed class StatusLineTests
{
    private static readonly PlanStyle Style = PlanStyle.Default;
    private static readonly GeometryFactory LonLat = new(new PrecisionModel(), 4326);

    // One degree square on 800 × 400 pixels is about zoom 9, below the rail labels' zoom, so nothing covers the lines.
    private static readonly GeographicView View = new(123.0, 41.0, 124.0, 42.0, 800, 400);

    // Latitude 41.49875 falls on pixel row 200's centre line, so the stroke covers that row fully.
    private const double Latitude = 41.49875;

    private static PlanFeature RailLine(FeatureStatus status) => new()
    {
        Id = $"test-{WireName.Of(status)}",
        Layer = "rail_lines",
        Geometry = LonLat.CreateLineString([new Coordinate(123.01, Latitude), new Coordinate(123.99, Latitude)]),
        NameZh = "测试线",
        NameEn = "Test line",
        Status = status,
        Source = "test",
        AccuracyM = 0,
        Attributes = new Dictionary<string, object?> { ["mode"] = "metro" },
    };

    private static List<SKColor> Row(FeatureStatus status)
    {
        var map = new MapRenderer(Style).RenderPng(new[] { RailLine(status) }.ToLookup(f => f.Layer), View.Crs84, MapLanguage.Zh);
        using var bitmap = Png.Decode(map);
        return Enumerable.Range(50, 700).Select(x => bitmap.GetPixel(x, 200)).ToList();
    }

    private static SKColor Expected(FeatureStatus status)
    {
        var symbol = Style.Symbol(Style.Find("rail_lines")!, status, "metro");
        return Png.Blend(symbol.Stroke!.Value, symbol.StrokeOpacity, StyleColor.White);
    }

    [Fact]
    public void An_operating_line_is_solid()
    {
        var expected = Expected(FeatureStatus.Operating);

        Assert.All(Row(FeatureStatus.Operating), pixel => Png.AssertColor(expected, pixel));
    }

    [Fact]
    public void A_line_under_construction_is_dashed()
    {
        var expected = Expected(FeatureStatus.UnderConstruction);
        var row = Row(FeatureStatus.UnderConstruction);

        var inked = row.Count(p => Png.Distance(p, expected) <= 2);
        bool IsGap(SKColor pixel) => Png.Distance(pixel, SKColors.White) <= 2;
        var gaps = row.Count(IsGap);
        var runs = row.Zip(row.Skip(1)).Count(pair => IsGap(pair.First) && !IsGap(pair.Second));
        var dash = Style.Status(FeatureStatus.UnderConstruction).DashArray;

        Assert.True(inked > 200, $"{inked} pixels carry the line colour");
        Assert.True(gaps > 100, $"{gaps} pixels are gaps");
        // 700 pixels hold about 700 / ((dash + gap) × width) dashes.
        var period = (dash[0] + dash[1]) * Style.Find("rail_lines")!.Width;
        Assert.InRange(runs, (int)(700 / period) - 2, (int)(700 / period) + 2);
    }

    [Fact]
    public void A_planned_line_is_fainter_and_a_proposed_one_dotted()
    {
        var planned = Row(FeatureStatus.Planned);
        var proposed = Row(FeatureStatus.Proposed);

        Assert.All(planned, pixel => Png.AssertColor(Expected(FeatureStatus.Planned), pixel));
        var white = SKColors.White;
        Assert.True(Png.Distance(Expected(FeatureStatus.Planned), white) < Png.Distance(Expected(FeatureStatus.Operating), white));
        Assert.Contains(proposed, p => Png.Distance(p, SKColors.White) <= 2);
        Assert.Contains(proposed, p => Png.Distance(p, Expected(FeatureStatus.Proposed)) <= 2);
    }
}
