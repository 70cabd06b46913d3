using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace GeoPlan.Rendering.Tests;

/// <summary>The bundled parks drawn as a map: fills in the style's colour, labels over them, nothing where there is nothing.</summary>
public sealed class ParkMapTests
{
    private static readonly PlanStyle Style = PlanStyle.Default;
    private static readonly List<PlanFeature> Parks = BundledGeodata.Result.Dataset.Features.Where(f => f.Layer == "parks").ToList();
    private static readonly PlanFeature Beiling = Parks.Single(p => p.Id == "park-beiling");
    private static readonly GeometryFactory LonLat = new(new PrecisionModel(), 4326);

    // Beiling Park at about MapLibre zoom 13.8, where park labels show.
    private static readonly GeographicView View = new(123.40, 41.83, 123.46, 41.87, 1200, 800);

    // Inside the park's south-west part, well away from its label in the middle.
    private static readonly (double Lon, double Lat) InsideBeiling = (123.422, 41.842);

    private static SKColor ParkFill(StyleColor background)
    {
        var symbol = Style.Symbol(Style.Find("parks")!, FeatureStatus.Operating, null);
        return Png.Blend(symbol.Fill!.Value, symbol.FillOpacity, background);
    }

    [Fact]
    public void A_parks_interior_has_the_style_fill_blended_over_the_background()
    {
        var background = StyleColor.FromHex("#f0f4f8");
        var viewport = View.Crs84 with { Background = background };

        using var map = Png.Decode(new MapRenderer(Style).RenderPng(Parks.ToLookup(f => f.Layer), viewport, MapLanguage.Zh));

        Assert.True(Beiling.Geometry.Contains(LonLat.CreatePoint(new Coordinate(InsideBeiling.Lon, InsideBeiling.Lat))));
        var (x, y) = View.Pixel(InsideBeiling.Lon, InsideBeiling.Lat);
        Png.AssertColor(ParkFill(background), map.GetPixel(x, y));
        Png.AssertColor(Png.Opaque(background), map.GetPixel(5, 5), tolerance: 0);
    }

    [Fact]
    public void A_parks_label_is_written_over_its_middle()
    {
        var fill = ParkFill(StyleColor.White);
        var centre = Beiling.Geometry.Centroid;
        var (cx, cy) = View.Pixel(centre.X, centre.Y);

        using var map = Png.Decode(new MapRenderer(Style).RenderPng(Parks.ToLookup(f => f.Layer), View.Crs84, MapLanguage.Zh));

        var inked = 0;
        for (var y = cy - 15; y <= cy + 15; y++)
        {
            for (var x = cx - 40; x <= cx + 40; x++)
            {
                inked += Png.Distance(map.GetPixel(x, y), fill) > 40 ? 1 : 0;
            }
        }

        Assert.True(inked > 30, $"only {inked} pixels around the middle of Beiling Park differ from the park fill");
    }

    [Fact]
    public void Labels_wait_for_their_minimum_zoom()
    {
        // The same park filling a 200-pixel map is about zoom 11, below the parks' label zoom of 12.
        var small = new GeographicView(123.40, 41.83, 123.46, 41.87, 200, 133);
        var fill = ParkFill(StyleColor.White);
        var centre = Beiling.Geometry.Centroid;
        var (cx, cy) = small.Pixel(centre.X, centre.Y);

        using var map = Png.Decode(new MapRenderer(Style).RenderPng(Parks.ToLookup(f => f.Layer), small.Crs84, MapLanguage.Zh));

        Assert.True(Style.Find("parks")!.Label!.MinZoom > 11);
        Png.AssertColor(fill, map.GetPixel(cx, cy));
    }

    [Fact]
    public void A_transparent_map_is_clear_where_nothing_is_drawn()
    {
        var viewport = View.Crs84 with { Transparent = true };
        var symbol = Style.Symbol(Style.Find("parks")!, FeatureStatus.Operating, null);

        using var map = Png.Decode(new MapRenderer(Style).RenderPng(Parks.ToLookup(f => f.Layer), viewport, MapLanguage.En));

        Assert.Equal(0, map.GetPixel(5, 5).Alpha);
        Assert.Equal(0, map.GetPixel(View.Width - 5, View.Height - 5).Alpha);
        var (x, y) = View.Pixel(InsideBeiling.Lon, InsideBeiling.Lat);
        var inside = map.GetPixel(x, y);
        Assert.Equal(Math.Round(symbol.FillOpacity * 255), inside.Alpha, 1);
        Png.AssertColor(Png.Opaque(symbol.Fill!.Value), inside);
    }

    [Fact]
    public void A_planned_park_is_fainter_than_an_operating_one()
    {
        var planned = Beiling with { Status = FeatureStatus.Planned };
        var expected = Style.Symbol(Style.Find("parks")!, FeatureStatus.Planned, null);

        using var map = Png.Decode(new MapRenderer(Style).RenderPng(new[] { planned }.ToLookup(f => f.Layer), View.Crs84, MapLanguage.Zh));

        var (x, y) = View.Pixel(InsideBeiling.Lon, InsideBeiling.Lat);
        Assert.True(expected.FillOpacity < Style.Symbol(Style.Find("parks")!, FeatureStatus.Operating, null).FillOpacity);
        Png.AssertColor(Png.Blend(expected.Fill!.Value, expected.FillOpacity, StyleColor.White), map.GetPixel(x, y));
    }
}
