using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace GeoPlan.Server.Tests;

/// <summary>WMS 1.3.0 at /wms: capabilities a client can read, maps with the plan's features where each CRS puts them, feature info, legends.</summary>
public sealed class WmsTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private const string Wms = "/wms?SERVICE=WMS&VERSION=1.3.0";
    private static readonly XNamespace Ns = "http://www.opengis.net/wms";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;
    private static readonly PlanFeature Beiling = Data.Features.Single(f => f.Id == "park-beiling");
    private static readonly PlanStyle Style = PlanStyle.Default;

    private readonly HttpClient _client = app.CreateClient();

    public static TheoryData<string> Crss => new(CrsRegistry.All.Select(c => c == CrsRegistry.Crs84 ? "CRS:84" : c.Code));

    [Fact]
    public async Task Capabilities_list_every_plan_layer_as_a_queryable_child_of_one_root_with_the_five_crss()
    {
        var capabilities = await GetCapabilitiesAsync();

        Assert.Equal("WMS_Capabilities", capabilities.Name.LocalName);
        Assert.Equal("1.3.0", capabilities.Attribute("version")?.Value);
        Assert.Equal("WMS", capabilities.Element(Ns + "Service")?.Element(Ns + "Name")?.Value);
        var capability = capabilities.Element(Ns + "Capability")!;
        var request = capability.Element(Ns + "Request")!;
        Assert.Equal(["image/png"], request.Element(Ns + "GetMap")!.Elements(Ns + "Format").Select(f => f.Value));
        Assert.Contains("application/json", request.Element(Ns + "GetFeatureInfo")!.Elements(Ns + "Format").Select(f => f.Value));
        Assert.Contains("text/html", request.Element(Ns + "GetFeatureInfo")!.Elements(Ns + "Format").Select(f => f.Value));
        Assert.Equal(["XML"], capability.Element(Ns + "Exception")!.Elements(Ns + "Format").Select(f => f.Value));
        var online = request.Element(Ns + "GetMap")!.Descendants(Ns + "OnlineResource").Single().Attribute(XLink + "href")!.Value;
        Assert.Equal("http://localhost/wms?", online);

        var root = capability.Elements(Ns + "Layer").Single();
        Assert.Equal(["CRS:84", "EPSG:4326", "EPSG:3857", "EPSG:4490", "EPSG:4550"], root.Elements(Ns + "CRS").Select(c => c.Value));
        var children = root.Elements(Ns + "Layer").ToList();
        Assert.Equal(Data.Layers.Select(l => l.Id).Order(), children.Select(c => c.Element(Ns + "Name")!.Value).Order());
        foreach (var child in children)
        {
            var layer = Data.Layers.Single(l => l.Id == child.Element(Ns + "Name")!.Value);
            Assert.Equal("1", child.Attribute("queryable")?.Value);
            Assert.Equal(layer.TitleEn, child.Element(Ns + "Title")?.Value);
            Assert.Contains(layer.TitleZh, child.Element(Ns + "KeywordList")!.Elements(Ns + "Keyword").Select(k => k.Value));
            var legend = child.Element(Ns + "Style")!.Element(Ns + "LegendURL")!;
            Assert.Contains($"REQUEST=GetLegendGraphic&LAYER={layer.Id}", legend.Element(Ns + "OnlineResource")!.Attribute(XLink + "href")!.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Capabilities_give_each_layer_its_extent_in_every_crs_with_that_crss_axis_order()
    {
        var capabilities = await GetCapabilitiesAsync();
        var parks = capabilities.Descendants(Ns + "Layer").Single(l => l.Element(Ns + "Name")?.Value == "parks");
        var extent = Data.Features.Where(f => f.Layer == "parks").Select(f => f.Geometry.EnvelopeInternal)
            .Aggregate(new Envelope(), (all, e) => { all.ExpandToInclude(e); return all; });

        var geographic = parks.Element(Ns + "EX_GeographicBoundingBox")!;
        Assert.Equal(extent.MinX, Number(geographic.Element(Ns + "westBoundLongitude")!.Value), 5);
        Assert.Equal(extent.MaxY, Number(geographic.Element(Ns + "northBoundLatitude")!.Value), 5);
        var boxes = parks.Elements(Ns + "BoundingBox").ToDictionary(b => b.Attribute("CRS")!.Value);
        Assert.Equal(5, boxes.Count);
        Assert.Equal(extent.MinX, Number(boxes["CRS:84"].Attribute("minx")!.Value), 5);
        Assert.Equal(extent.MinY, Number(boxes["EPSG:4326"].Attribute("minx")!.Value), 5);
        Assert.Equal(extent.MinX, Number(boxes["EPSG:4326"].Attribute("miny")!.Value), 5);
        Assert.Equal(extent.MaxY, Number(boxes["EPSG:4490"].Attribute("maxx")!.Value), 5);
        var (east, north) = new CrsTransform(CrsRegistry.Crs84, CrsRegistry.WebMercator).Apply(extent.MinX, extent.MinY);
        Assert.Equal(east, Number(boxes["EPSG:3857"].Attribute("minx")!.Value), 0);
        Assert.Equal(north, Number(boxes["EPSG:3857"].Attribute("miny")!.Value), 0);
        Assert.InRange(Number(boxes["EPSG:4550"].Attribute("minx")!.Value), 500_000 + 30_000, 500_000 + 60_000);
    }

    [Theory]
    [MemberData(nameof(Crss))]
    public async Task GetMap_fills_a_park_where_the_crs_puts_it_and_leaves_the_rest_white(string code)
    {
        // About MapLibre zoom 10.8: below the parks' label zoom, so the park's interior shows only its fill.
        var view = MapView.Around(code, 123.37, 41.81, 123.49, 41.89, 300, 200);
        var inside = Beiling.Geometry.InteriorPoint;

        using var map = await GetMapAsync($"LAYERS=parks&STYLES=&FORMAT=image/png&{view.Query}");

        Assert.Equal((300, 200), (map.Width, map.Height));
        var (x, y) = view.Pixel(inside.X, inside.Y);
        MapPixels.AssertColor(MapPixels.Fill(Style, "parks", StyleColor.White), map.GetPixel(x, y));
        MapPixels.AssertColor(SKColors.White, map.GetPixel(3, 3), tolerance: 0);
    }

    [Theory]
    [MemberData(nameof(Crss))]
    public async Task GetMap_writes_a_parks_name_over_its_middle_when_zoomed_in(string code)
    {
        var view = MapView.Around(code, 123.40, 41.83, 123.46, 41.87, 1200, 800);
        var fill = MapPixels.Fill(Style, "parks", StyleColor.White);
        var centre = Beiling.Geometry.Centroid;

        using var map = await GetMapAsync($"LAYERS=parks&STYLES=default&FORMAT=image/png&{view.Query}");

        var (cx, cy) = view.Pixel(centre.X, centre.Y);
        var inked = MapPixels.CountAround(map, cx, cy, 40, 15, pixel => MapPixels.Distance(pixel, fill) > 40);
        Assert.True(inked > 30, $"only {inked} pixels around the middle of Beiling Park differ from the park fill in {code}");
    }

    [Fact]
    public async Task Epsg_4326_with_latitude_first_draws_the_same_map_as_crs84()
    {
        var crs84 = await GetBytesAsync($"{Wms}&REQUEST=GetMap&LAYERS=parks,rail_stations&STYLES=&FORMAT=image/png&CRS=CRS:84&BBOX=123.37,41.81,123.49,41.89&WIDTH=600&HEIGHT=400");
        var epsg4326 = await GetBytesAsync($"{Wms}&REQUEST=GetMap&LAYERS=parks,rail_stations&STYLES=&FORMAT=image/png&CRS=EPSG:4326&BBOX=41.81,123.37,41.89,123.49&WIDTH=600&HEIGHT=400");

        Assert.Equal(crs84, epsg4326);
    }

    [Fact]
    public async Task Transparent_maps_are_clear_where_nothing_is_drawn_and_keep_the_fills_opacity()
    {
        var view = MapView.Around("CRS:84", 123.37, 41.81, 123.49, 41.89, 300, 200);
        var symbol = Style.Symbol(Style.Find("parks")!, FeatureStatus.Operating, null);
        var inside = Beiling.Geometry.InteriorPoint;

        using var map = await GetMapAsync($"LAYERS=parks&STYLES=&FORMAT=image/png&TRANSPARENT=TRUE&{view.Query}");

        Assert.Equal(0, map.GetPixel(3, 3).Alpha);
        var (x, y) = view.Pixel(inside.X, inside.Y);
        Assert.Equal(Math.Round(symbol.FillOpacity * 255), map.GetPixel(x, y).Alpha, 1);
    }

    [Fact]
    public async Task Bgcolor_paints_the_background()
    {
        var view = MapView.Around("CRS:84", 123.37, 41.81, 123.49, 41.89, 300, 200);
        var background = new StyleColor(0x33, 0x66, 0x99);
        var inside = Beiling.Geometry.InteriorPoint;

        using var map = await GetMapAsync($"LAYERS=parks&STYLES=&FORMAT=image/png&BGCOLOR=0x336699&{view.Query}");

        MapPixels.AssertColor(new SKColor(0x33, 0x66, 0x99), map.GetPixel(3, 3), tolerance: 0);
        var (x, y) = view.Pixel(inside.X, inside.Y);
        MapPixels.AssertColor(MapPixels.Fill(Style, "parks", background), map.GetPixel(x, y));
    }

    [Fact]
    public async Task Layers_are_drawn_in_the_order_listed_the_first_at_the_bottom()
    {
        // Shenyang's name goes in the middle of the map, so the park sits off the middle here.
        var view = MapView.Around("CRS:84", 123.40, 41.80, 123.52, 41.88, 300, 200);
        var inside = Beiling.Geometry.InteriorPoint;
        var (x, y) = view.Pixel(inside.X, inside.Y);
        var cityThenPark = MapPixels.Fill(Style, "parks", MapPixels.Opaque(MapPixels.Fill(Style, "metro_cities", StyleColor.White)));
        var parkThenCity = MapPixels.Fill(Style, "metro_cities", MapPixels.Opaque(MapPixels.Fill(Style, "parks", StyleColor.White)));

        using var parkOnTop = await GetMapAsync($"LAYERS=metro_cities,parks&STYLES=&FORMAT=image/png&{view.Query}");
        using var cityOnTop = await GetMapAsync($"LAYERS=parks,metro_cities&STYLES=,&FORMAT=image/png&{view.Query}");

        Assert.True(MapPixels.Distance(cityThenPark, parkThenCity) > 10);
        MapPixels.AssertColor(cityThenPark, parkOnTop.GetPixel(x, y), tolerance: 3);
        MapPixels.AssertColor(parkThenCity, cityOnTop.GetPixel(x, y), tolerance: 3);
    }

    [Fact]
    public async Task Year_2023_leaves_out_a_metro_section_that_opened_in_2024()
    {
        var line = Data.Features.Single(f => f.Id == "m3-phase-1-west");
        Assert.Equal(2024, line.OpenYear);
        var (a, b) = (line.Geometry.Coordinates[3], line.Geometry.Coordinates[4]);
        var (lon, lat) = ((a.X + b.X) / 2, (a.Y + b.Y) / 2);
        // Wide enough to stay below the rail labels' zoom, so only the line's stroke can colour the pixel.
        var view = MapView.Around("CRS:84", 123.05, 41.70, 123.40, 41.82, 700, 240);
        var (x, y) = view.Pixel(lon, lat);
        var red = MapPixels.Opaque(Style.Find("rail_lines")!.ColorFor("metro"));

        using var today = await GetMapAsync($"LAYERS=rail_lines&STYLES=&FORMAT=image/png&{view.Query}");
        using var baseline = await GetMapAsync($"LAYERS=rail_lines&STYLES=&FORMAT=image/png&YEAR=2023&{view.Query}");
        using var plan = await GetMapAsync($"LAYERS=rail_lines&STYLES=&FORMAT=image/png&YEAR=2025&{view.Query}");

        MapPixels.AssertColor(red, today.GetPixel(x, y), tolerance: 30);
        MapPixels.AssertColor(SKColors.White, baseline.GetPixel(x, y), tolerance: 0);
        MapPixels.AssertColor(red, plan.GetPixel(x, y), tolerance: 30);
        // Line 1, the nearest other line, runs about 46 pixels away: outside this window.
        var redToday = MapPixels.CountAround(today, x, y, 30, 8, p => MapPixels.Distance(p, red) < 60);
        var redBaseline = MapPixels.CountAround(baseline, x, y, 30, 8, p => MapPixels.Distance(p, red) < 60);
        Assert.True(redToday > 60, $"only {redToday} red pixels along Line 3 today");
        Assert.Equal(0, redBaseline);
    }

    [Fact]
    public async Task Parameter_names_ignore_case_as_gdal_and_qgis_write_them()
    {
        var upper = await GetBytesAsync($"{Wms}&REQUEST=GetMap&LAYERS=parks&STYLES=&FORMAT=image/png&CRS=CRS:84&BBOX=123.37,41.81,123.49,41.89&WIDTH=300&HEIGHT=200");
        var lower = await GetBytesAsync("/wms?service=WMS&version=1.3.0&request=GetMap&layers=parks&styles=&format=image/png&crs=CRS:84&bbox=123.37,41.81,123.49,41.89&width=300&height=200");

        Assert.Equal(upper, lower);
    }

    [Fact]
    public async Task A_map_carries_a_strong_etag_and_a_repeat_with_it_is_304()
    {
        var url = $"{Wms}&REQUEST=GetMap&LAYERS=parks&STYLES=&FORMAT=image/png&CRS=CRS:84&BBOX=123.37,41.81,123.49,41.89&WIDTH=300&HEIGHT=200";
        using var first = await _client.GetAsync(url);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl?.MaxAge);

        using var repeat = new HttpRequestMessage(HttpMethod.Get, url);
        repeat.Headers.IfNoneMatch.Add(tag);
        using var second = await _client.SendAsync(repeat);
        using var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var third = await _client.SendAsync(other);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await third.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(Crss))]
    public async Task GetFeatureInfo_at_a_parks_pixel_returns_that_park_as_geojson(string code)
    {
        var view = MapView.Around(code, 123.37, 41.81, 123.49, 41.89, 300, 200);
        var inside = Beiling.Geometry.InteriorPoint;
        var (i, j) = view.Pixel(inside.X, inside.Y);

        var info = await GetJsonAsync(
            $"{Wms}&REQUEST=GetFeatureInfo&LAYERS=parks&STYLES=&QUERY_LAYERS=parks&INFO_FORMAT=application/json&I={i}&J={j}&{view.Query}");

        Assert.Equal("FeatureCollection", info.GetProperty("type").GetString());
        var feature = Assert.Single(info.GetProperty("features").EnumerateArray());
        Assert.Equal("park-beiling", feature.GetProperty("id").GetString());
        Assert.Equal("北陵公园", feature.GetProperty("properties").GetProperty("name_zh").GetString());
        Assert.Equal("MultiPolygon", feature.GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public async Task GetFeatureInfo_answers_per_queried_layer_and_nothing_where_nothing_is()
    {
        var view = MapView.Around("CRS:84", 123.37, 41.81, 123.49, 41.89, 300, 200);
        var inside = Beiling.Geometry.InteriorPoint;
        var (i, j) = view.Pixel(inside.X, inside.Y);
        var query = $"{Wms}&REQUEST=GetFeatureInfo&LAYERS=metro_cities,parks&STYLES=&INFO_FORMAT=application/json&{view.Query}";

        var both = await GetJsonAsync($"{query}&QUERY_LAYERS=parks,metro_cities&I={i}&J={j}&FEATURE_COUNT=5");
        var empty = await GetJsonAsync($"{query}&QUERY_LAYERS=parks&I=3&J=3");

        Assert.Equal(["parks", "metro_cities"], both.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("layer").GetString()));
        Assert.Equal(0, empty.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task GetFeatureInfo_as_html_is_a_table_naming_the_park()
    {
        var view = MapView.Around("EPSG:3857", 123.37, 41.81, 123.49, 41.89, 300, 200);
        var inside = Beiling.Geometry.InteriorPoint;
        var (i, j) = view.Pixel(inside.X, inside.Y);

        using var response = await _client.GetAsync(
            $"{Wms}&REQUEST=GetFeatureInfo&LAYERS=parks&STYLES=&QUERY_LAYERS=parks&INFO_FORMAT=text/html&I={i}&J={j}&{view.Query}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>park-beiling</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>北陵公园</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLegendGraphic_is_a_png_of_the_size_the_capabilities_announce()
    {
        var capabilities = await GetCapabilitiesAsync();
        var announced = capabilities.Descendants(Ns + "Layer").Single(l => l.Element(Ns + "Name")?.Value == "rail_lines")
            .Element(Ns + "Style")!.Element(Ns + "LegendURL")!;

        using var railLines = await GetPngAsync($"{Wms}&REQUEST=GetLegendGraphic&LAYER=rail_lines&FORMAT=image/png&STYLE=default");
        using var all = await GetPngAsync($"{Wms}&REQUEST=GetLegendGraphic&LAYER=geoplan&FORMAT=image/png");

        Assert.Equal(int.Parse(announced.Attribute("width")!.Value, CultureInfo.InvariantCulture), railLines.Width);
        Assert.Equal(int.Parse(announced.Attribute("height")!.Value, CultureInfo.InvariantCulture), railLines.Height);
        Assert.True(all.Height > railLines.Height, $"the whole legend is {all.Height} pixels high, one layer's {railLines.Height}");
    }

    [Fact]
    public async Task The_root_layer_draws_every_layer()
    {
        var view = MapView.Around("CRS:84", 123.37, 41.81, 123.49, 41.89, 300, 200);
        var everyLayer = string.Join(",", Style.Layers.Select(l => l.LayerId));

        var root = await GetBytesAsync($"{Wms}&REQUEST=GetMap&LAYERS=geoplan&STYLES=&FORMAT=image/png&{view.Query}");
        var listed = await GetBytesAsync($"{Wms}&REQUEST=GetMap&LAYERS={everyLayer}&STYLES=&FORMAT=image/png&{view.Query}");
        var parksOnly = await GetBytesAsync($"{Wms}&REQUEST=GetMap&LAYERS=parks&STYLES=&FORMAT=image/png&{view.Query}");

        Assert.Equal(listed, root);
        Assert.NotEqual(parksOnly, root);
    }

    private async Task<XElement> GetCapabilitiesAsync()
    {
        using var response = await _client.GetAsync($"{Wms}&REQUEST=GetCapabilities");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(body).Root!;
    }

    private Task<SKBitmap> GetMapAsync(string query) => GetPngAsync($"{Wms}&REQUEST=GetMap&{query}");

    private async Task<SKBitmap> GetPngAsync(string url) => MapPixels.Decode(await GetBytesAsync(url));

    private async Task<byte[]> GetBytesAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}

/// <summary>A map request's extent in a CRS's own axis order, made from a longitude/latitude box, and where a place lands in its pixels.</summary>
internal sealed record MapView(CrsDefinition Crs, Envelope Extent, int Width, int Height)
{
    /// <summary>The CRS's envelope of the box, taken over points along its edges.</summary>
    public static MapView Around(string code, double west, double south, double east, double north, int width, int height)
    {
        Assert.True(CrsRegistry.TryFind(code, out var crs));
        var toCrs = new CrsTransform(CrsRegistry.Crs84, crs);
        var extent = new Envelope();
        for (var step = 0; step <= 10; step++)
        {
            var lon = west + ((east - west) * step / 10);
            var lat = south + ((north - south) * step / 10);
            foreach (var (x, y) in new[] { (lon, south), (lon, north), (west, lat), (east, lat) })
            {
                var (cx, cy) = toCrs.Apply(x, y);
                extent.ExpandToInclude(cx, cy);
            }
        }

        return new MapView(crs, extent, width, height);
    }

    /// <summary>The four numbers in the CRS's axis order, as a WMS 1.3 BBOX and an OGC API bbox in that CRS write them.</summary>
    public string Bbox => string.Join(",", new[] { Extent.MinX, Extent.MinY, Extent.MaxX, Extent.MaxY }.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>CRS, BBOX, WIDTH and HEIGHT of a WMS request.</summary>
    public string Query => $"CRS={(Crs == CrsRegistry.Crs84 ? "CRS:84" : Crs.Code)}&BBOX={Bbox}&WIDTH={Width}&HEIGHT={Height}";

    /// <summary>The pixel a longitude/latitude falls in.</summary>
    public (int X, int Y) Pixel(double lon, double lat)
    {
        var (first, second) = new CrsTransform(CrsRegistry.Crs84, Crs).Apply(lon, lat);
        var (east, north) = Crs.LatitudeFirst ? (second, first) : (first, second);
        var (minEast, maxEast, minNorth, maxNorth) = Crs.LatitudeFirst
            ? (Extent.MinY, Extent.MaxY, Extent.MinX, Extent.MaxX)
            : (Extent.MinX, Extent.MaxX, Extent.MinY, Extent.MaxY);
        return ((int)((east - minEast) / (maxEast - minEast) * Width), (int)((maxNorth - north) / (maxNorth - minNorth) * Height));
    }
}

/// <summary>Reads map PNGs back and compares their pixels with the colours the style gives.</summary>
internal static class MapPixels
{
    public static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidDataException("not a PNG");

    /// <summary>An operating feature's fill of <paramref name="layerId"/> over an opaque background, with 8-bit alpha as Skia blends.</summary>
    public static SKColor Fill(PlanStyle style, string layerId, StyleColor background)
    {
        var symbol = style.Symbol(style.Find(layerId)!, FeatureStatus.Operating, null);
        var alpha = Math.Round(symbol.FillOpacity * 255) / 255;
        var fill = symbol.Fill!.Value;
        byte Mix(byte over, byte under) => (byte)Math.Round((over * alpha) + (under * (1 - alpha)));
        return new SKColor(Mix(fill.R, background.R), Mix(fill.G, background.G), Mix(fill.B, background.B));
    }

    public static StyleColor Opaque(SKColor color) => new(color.Red, color.Green, color.Blue);

    public static SKColor Opaque(StyleColor color) => new(color.R, color.G, color.B);

    /// <summary>The largest difference of any colour channel.</summary>
    public static int Distance(SKColor a, SKColor b) =>
        Math.Max(Math.Abs(a.Red - b.Red), Math.Max(Math.Abs(a.Green - b.Green), Math.Abs(a.Blue - b.Blue)));

    public static void AssertColor(SKColor expected, SKColor actual, int tolerance = 2) =>
        Assert.True(Distance(expected, actual) <= tolerance, $"expected {expected} but the pixel is {actual}");

    /// <summary>How many pixels within <paramref name="dx"/> and <paramref name="dy"/> of a pixel match.</summary>
    public static int CountAround(SKBitmap map, int x, int y, int dx, int dy, Func<SKColor, bool> match)
    {
        var count = 0;
        for (var py = Math.Max(0, y - dy); py <= Math.Min(map.Height - 1, y + dy); py++)
        {
            for (var px = Math.Max(0, x - dx); px <= Math.Min(map.Width - 1, x + dx); px++)
            {
                count += match(map.GetPixel(px, py)) ? 1 : 0;
            }
        }

        return count;
    }
}
