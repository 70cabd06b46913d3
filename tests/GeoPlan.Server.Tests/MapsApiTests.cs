using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using GeoPlan.Testing;
using SkiaSharp;

namespace GeoPlan.Server.Tests;

/// <summary>OGC API - Maps at /map and /collections/{id}/map: PNG of the asked area, size, CRS and background; errors as problem+json.</summary>
public sealed class MapsApiTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private const string Beiling = "bbox=123.37,41.81,123.49,41.89";
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;
    private static readonly PlanFeature BeilingPark = Data.Features.Single(f => f.Id == "park-beiling");
    private static readonly PlanStyle Style = PlanStyle.Default;

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_collection_map_of_a_bbox_is_as_wide_as_asked_as_high_as_the_bbox_and_fills_the_park()
    {
        var view = MapView.Around("CRS:84", 123.37, 41.81, 123.49, 41.89, 300, 200);
        var inside = BeilingPark.Geometry.InteriorPoint;

        var (map, response) = await GetMapAsync($"/collections/parks/map?{Beiling}&width=300");

        Assert.Equal((300, 200), (map.Width, map.Height));
        var (x, y) = view.Pixel(inside.X, inside.Y);
        MapPixels.AssertColor(MapPixels.Fill(Style, "parks", Style.Background), map.GetPixel(x, y));
        MapPixels.AssertColor(MapPixels.Opaque(Style.Background), map.GetPixel(3, 3), tolerance: 0);
        Assert.Equal("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>", response.Headers.GetValues("Content-Crs").Single());
        Assert.Equal("123.37,41.81,123.49,41.89", response.Headers.GetValues("Content-Bbox").Single());
    }

    [Fact]
    public async Task Without_a_size_the_longer_side_is_1024_pixels_and_without_a_bbox_the_whole_layer_shows()
    {
        var (wide, _) = await GetMapAsync($"/collections/parks/map?{Beiling}");
        var (whole, response) = await GetMapAsync("/map");

        Assert.Equal((1024, 683), (wide.Width, wide.Height));
        Assert.Equal(1024, Math.Max(whole.Width, whole.Height));
        var bbox = response.Headers.GetValues("Content-Bbox").Single().Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
        var everything = new NetTopologySuite.Geometries.Envelope();
        foreach (var feature in Data.Features)
        {
            everything.ExpandToInclude(feature.Geometry.EnvelopeInternal);
        }

        Assert.True(bbox[0] <= everything.MinX && bbox[1] <= everything.MinY && bbox[2] >= everything.MaxX && bbox[3] >= everything.MaxY);
    }

    [Theory]
    [InlineData("EPSG:3857")]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/3857")]
    [InlineData("[EPSG:3857]")]
    [InlineData("EPSG:4550")]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/4490")]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/4326")]
    public async Task The_output_crs_is_named_either_way_and_puts_the_park_where_that_crs_does(string crsName)
    {
        Assert.True(CrsRegistry.TryFind(crsName.Trim('[', ']'), out var crs));
        var view = MapView.Around(crs.Code, 123.37, 41.81, 123.49, 41.89, 300, 200);
        var inside = BeilingPark.Geometry.InteriorPoint;

        var (map, response) = await GetMapAsync(
            $"/collections/parks/map?bbox={view.Bbox}&bbox-crs={Uri.EscapeDataString(crs.Uri)}&crs={Uri.EscapeDataString(crsName)}&width=300&height=200");

        var (x, y) = view.Pixel(inside.X, inside.Y);
        MapPixels.AssertColor(MapPixels.Fill(Style, "parks", Style.Background), map.GetPixel(x, y));
        Assert.Equal($"<{crs.Uri}>", response.Headers.GetValues("Content-Crs").Single());
        var bbox = response.Headers.GetValues("Content-Bbox").Single().Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([view.Extent.MinX, view.Extent.MinY, view.Extent.MaxX, view.Extent.MaxY], bbox);
    }

    [Fact]
    public async Task A_bbox_in_another_crs_than_the_output_is_transformed()
    {
        var mercator = MapView.Around("EPSG:3857", 123.37, 41.81, 123.49, 41.89, 300, 200);

        var (_, response) = await GetMapAsync($"/collections/parks/map?bbox={mercator.Bbox}&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3857&width=300");

        var bbox = response.Headers.GetValues("Content-Bbox").Single().Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(123.37, bbox[0], 6);
        Assert.Equal(41.81, bbox[1], 3);
        Assert.Equal(123.49, bbox[2], 6);
        Assert.Equal(41.89, bbox[3], 3);
    }

    [Fact]
    public async Task A_latitude_first_bbox_crs_and_a_subset_show_the_same_map_as_the_lon_lat_bbox()
    {
        var (_, lonLat) = await GetBytesAsync($"/collections/parks/map?{Beiling}&width=300");
        var (_, latLon) = await GetBytesAsync("/collections/parks/map?bbox=41.81,123.37,41.89,123.49&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326&width=300");
        var (_, subset) = await GetBytesAsync("/collections/parks/map?subset=Lon(123.37:123.49),Lat(41.81:41.89)&width=300");
        var (_, subsets) = await GetBytesAsync("/collections/parks/map?subset=Lat(41.81:41.89)&subset=Lon(123.37:123.49)&width=300");

        Assert.Equal(lonLat, latLon);
        Assert.Equal(lonLat, subset);
        Assert.Equal(lonLat, subsets);
    }

    [Fact]
    public async Task Transparent_and_bgcolor_set_what_lies_behind_the_features()
    {
        var (clear, _) = await GetMapAsync($"/collections/parks/map?{Beiling}&width=300&transparent=true");
        var (blue, _) = await GetMapAsync($"/collections/parks/map?{Beiling}&width=300&bgcolor=0x336699");
        var (named, _) = await GetMapAsync($"/collections/parks/map?{Beiling}&width=300&bgcolor=navy");

        Assert.Equal(0, clear.GetPixel(3, 3).Alpha);
        MapPixels.AssertColor(new SKColor(0x33, 0x66, 0x99), blue.GetPixel(3, 3), tolerance: 0);
        MapPixels.AssertColor(new SKColor(0, 0, 128), named.GetPixel(3, 3), tolerance: 0);
    }

    [Fact]
    public async Task Year_2023_leaves_out_a_metro_section_that_opened_in_2024()
    {
        var line = Data.Features.Single(f => f.Id == "m3-phase-1-west");
        var (a, b) = (line.Geometry.Coordinates[3], line.Geometry.Coordinates[4]);
        var view = MapView.Around("CRS:84", 123.05, 41.70, 123.40, 41.82, 700, 240);
        var (x, y) = view.Pixel((a.X + b.X) / 2, (a.Y + b.Y) / 2);
        var red = MapPixels.Opaque(Style.Find("rail_lines")!.ColorFor("metro"));
        const string Url = "/collections/rail_lines/map?bbox=123.05,41.70,123.40,41.82&width=700&height=240";

        var (today, _) = await GetMapAsync(Url);
        var (baseline, _) = await GetMapAsync($"{Url}&year=2023");

        Assert.Equal(2024, line.OpenYear);
        MapPixels.AssertColor(red, today.GetPixel(x, y), tolerance: 30);
        MapPixels.AssertColor(MapPixels.Opaque(Style.Background), baseline.GetPixel(x, y), tolerance: 0);
    }

    [Fact]
    public async Task A_scale_denominator_sizes_the_map_to_the_ground_it_covers()
    {
        // 10 km by 5 km in CGCS2000 / Gauss-Kruger CM 123E, whose metres are ground metres near its meridian, at 1:50,000:
        // 0.28 mm pixels cover 14 m, so about 714 by 357 pixels.
        var (map, _) = await GetMapAsync(
            "/collections/parks/map?bbox=530000,4630000,540000,4635000&bbox-crs=EPSG:4550&crs=EPSG:4550&scale-denominator=50000");

        Assert.InRange(map.Width, 714 * 0.99, 714 * 1.01);
        Assert.InRange(map.Height, 357 * 0.99, 357 * 1.01);
    }

    [Fact]
    public async Task A_centre_with_a_size_and_scale_frames_the_map_around_it()
    {
        var (map, response) = await GetMapAsync("/collections/parks/map?center=123.4266,41.8484&width=400&height=300&scale-denominator=25000");

        Assert.Equal((400, 300), (map.Width, map.Height));
        var bbox = response.Headers.GetValues("Content-Bbox").Single().Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(123.4266, (bbox[0] + bbox[2]) / 2, 9);
        Assert.Equal(41.8484, (bbox[1] + bbox[3]) / 2, 9);
        // 400 pixels of 0.28 mm at 1:25,000 are 2.8 km; a degree of longitude at 41.85°N is about 82.9 km.
        Assert.Equal(2.8 / 82.9, bbox[2] - bbox[0], 3);
        // The park's name is written over its middle at this scale; this point is inside the park but clear of the name.
        var (lon, lat) = (123.422, 41.842);
        Assert.True(BeilingPark.Geometry.Contains(BeilingPark.Geometry.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(lon, lat))));
        var x = (int)((lon - bbox[0]) / (bbox[2] - bbox[0]) * 400);
        var y = (int)((bbox[3] - lat) / (bbox[3] - bbox[1]) * 300);
        MapPixels.AssertColor(MapPixels.Fill(Style, "parks", Style.Background), map.GetPixel(x, y), tolerance: 3);
    }

    [Fact]
    public async Task A_map_carries_a_strong_etag_and_a_repeat_with_it_is_304()
    {
        var url = $"/map?{Beiling}&width=300";
        using var first = await _client.GetAsync(url);
        using var repeat = new HttpRequestMessage(HttpMethod.Get, url);
        repeat.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await _client.SendAsync(repeat);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Conformance_landing_page_and_collections_announce_the_maps()
    {
        var conformance = await _client.GetJsonAsync("/conformance");
        var landing = await _client.GetJsonAsync("/");
        var parks = await _client.GetJsonAsync("/collections/parks");

        var classes = conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        foreach (var name in new[] { "core", "scaling", "spatial-subsetting", "crs", "background", "png" })
        {
            Assert.Contains($"http://www.opengis.net/spec/ogcapi-maps-1/1.0/conf/{name}", classes);
        }

        Assert.Equal("http://localhost/map", landing.Link("http://www.opengis.net/def/rel/ogc/1.0/map"));
        Assert.Equal("http://localhost/collections/parks/map", parks.Link("http://www.opengis.net/def/rel/ogc/1.0/map"));
    }

    [Theory]
    [InlineData("width=0", "width", "from 1 to 4096")]
    [InlineData("width=100000", "width", "from 1 to 4096")]
    [InlineData("height=abc", "height", "from 1 to 4096")]
    [InlineData("crs=EPSG:9999", "crs", "http://www.opengis.net/def/crs/EPSG/0/3857")]
    [InlineData("bbox=123,41,124", "bbox", "four numbers")]
    [InlineData("bbox=124,41,123,42", "bbox", "minimum below its maximum")]
    [InlineData("bbox=123.37,41.81,123.49,41.89&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326", "bbox", "latitudes must lie within -90..90")]
    [InlineData("bbox=123.37,41.81,123.49,41.89&bbox-crs=EPSG:1234", "bbox-crs", "not an offered CRS")]
    [InlineData("bbox=123.37,41.81,123.49,41.89&center=123.4,41.8", "center", "give one of bbox, subset and center")]
    [InlineData("bbox=123.37,41.81,123.49,41.89&width=300&scale-denominator=50000", "scale-denominator", "cannot be combined")]
    [InlineData("bbox=123.37,41.81,123.49,41.89&scale-denominator=10", "scale-denominator", "pixels")]
    [InlineData("scale-denominator=-3", "scale-denominator", "above 0")]
    [InlineData("subset=Elevation(1:2)", "subset", "not an axis")]
    [InlineData("subset=Lon(123.5:123.4)", "subset", "low below high")]
    [InlineData("subset=Lon", "subset", "must read")]
    [InlineData("center=123.4", "center", "two numbers")]
    [InlineData("bbox=0,0,1,50&width=4000", "width", "over the 4096 limit")]
    [InlineData("transparent=maybe", "transparent", "true or false")]
    [InlineData("bgcolor=greenish", "bgcolor", "0xRRGGBB")]
    [InlineData("lang=fr", "lang", "zh")]
    [InlineData("year=next", "year", "from 1900 to 2100")]
    [InlineData("f=jpeg", "f", "allowed: png")]
    [InlineData("colour=red", "colour", "not a map parameter")]
    [InlineData("width=300&width=400", "width", "give it once")]
    public async Task Bad_map_parameters_are_400_problems_naming_the_parameter(string query, string parameter, string hint)
    {
        foreach (var path in new[] { "/map", "/collections/parks/map" })
        {
            var problem = await _client.GetProblemAsync($"{path}?{query}", HttpStatusCode.BadRequest);

            Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
            Assert.Contains(hint, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_collection_is_a_404_problem() => await _client.GetProblemAsync("/collections/nowhere/map", HttpStatusCode.NotFound);

    private async Task<(SKBitmap Map, HttpResponseMessage Response)> GetMapAsync(string url)
    {
        var (response, body) = await GetBytesAsync(url);
        return (MapPixels.Decode(body), response);
    }

    private async Task<(HttpResponseMessage Response, byte[] Body)> GetBytesAsync(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        Assert.Equal(new MediaTypeHeaderValue("image/png"), response.Content.Headers.ContentType);
        return (response, body);
    }
}
