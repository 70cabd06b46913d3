using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Rendering.Tests;

/// <summary>Maps in every CRS put features where that CRS says they are, with each CRS's own axis order.</summary>
public sealed class CrsRenderingTests
{
    private static readonly PlanStyle Style = PlanStyle.Default;
    private static readonly ILookup<string, PlanFeature> Parks =
        BundledGeodata.Result.Dataset.Features.Where(f => f.Layer == "parks").ToLookup(f => f.Layer);

    private static readonly GeographicView View = new(123.40, 41.83, 123.46, 41.87, 600, 400);

    [Fact]
    public void Epsg_4326_with_latitude_first_draws_the_same_map_as_crs84()
    {
        var renderer = new MapRenderer(Style);

        var crs84 = renderer.RenderPng(Parks, View.Crs84, MapLanguage.Zh);
        var epsg4326 = renderer.RenderPng(Parks, View.Epsg4326, MapLanguage.Zh);
        // The CRS84 box read as EPSG:4326 would be latitude 123°, which is nowhere: the map must come out empty.
        var misread = renderer.RenderPng(
            Parks, new MapViewport(CrsRegistry.Wgs84, View.Crs84.Extent, View.Width, View.Height), MapLanguage.Zh);

        Assert.Equal(crs84, epsg4326);
        Assert.NotEqual(crs84, misread);
    }

    [Theory]
    [InlineData("EPSG:3857")]
    [InlineData("EPSG:4550")]
    [InlineData("EPSG:4490")]
    public void A_park_lands_where_the_crs_puts_it(string code)
    {
        Assert.True(CrsRegistry.TryFind(code, out var crs));
        var toCrs = new CrsTransform(CrsRegistry.Crs84, crs);
        var extent = new Envelope();
        var corners = new[] { (View.West, View.South), (View.East, View.North), (View.West, View.North), (View.East, View.South) };
        foreach (var (lon, lat) in corners)
        {
            var (x, y) = toCrs.Apply(lon, lat);
            extent.ExpandToInclude(x, y);
        }

        var viewport = new MapViewport(crs, extent, View.Width, View.Height);
        var symbol = Style.Symbol(Style.Find("parks")!, FeatureStatus.Operating, null);

        using var map = Png.Decode(new MapRenderer(Style).RenderPng(Parks, viewport, MapLanguage.Zh));

        var (first, second) = toCrs.Apply(123.422, 41.842);
        var (east, north) = crs.LatitudeFirst ? (second, first) : (first, second);
        var (minEast, maxEast, minNorth, maxNorth) = crs.LatitudeFirst
            ? (extent.MinY, extent.MaxY, extent.MinX, extent.MaxX)
            : (extent.MinX, extent.MaxX, extent.MinY, extent.MaxY);
        var px = (int)((east - minEast) / (maxEast - minEast) * View.Width);
        var py = (int)((maxNorth - north) / (maxNorth - minNorth) * View.Height);
        Png.AssertColor(Png.Blend(symbol.Fill!.Value, symbol.FillOpacity, StyleColor.White), map.GetPixel(px, py));
        Png.AssertColor(Png.Opaque(StyleColor.White), map.GetPixel(3, 3), tolerance: 0);
    }
}
