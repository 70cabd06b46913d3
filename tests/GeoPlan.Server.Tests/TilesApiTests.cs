using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GeoPlan.Core.Model;
using GeoPlan.Core.Tiles;
using GeoPlan.Testing;
using GeoPlan.Testing.Mvt;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Tests;

/// <summary>OGC API - Tiles over the bundled data: the documents, tiles that decode to the right features, scenarios and caching.</summary>
public sealed class TilesApiTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    [Fact]
    public async Task The_tile_matrix_set_is_webmercatorquad_with_25_levels()
    {
        using var client = app.CreateClient();

        var list = await GetJsonAsync(client, "/tileMatrixSets");
        var set = await GetJsonAsync(client, "/tileMatrixSets/WebMercatorQuad");

        Assert.Equal("WebMercatorQuad", list.GetProperty("tileMatrixSets")[0].GetProperty("id").GetString());
        Assert.Equal("WebMercatorQuad", set.GetProperty("id").GetString());
        Assert.Equal(25, set.GetProperty("tileMatrices").GetArrayLength());
        Assert.Equal(1024, set.GetProperty("tileMatrices")[10].GetProperty("matrixWidth").GetInt32());
    }

    [Fact]
    public async Task Tilejson_describes_every_layer_with_the_fields_its_tiles_carry()
    {
        using var client = app.CreateClient();

        var tileJson = await GetJsonAsync(client, "/tiles/WebMercatorQuad/tilejson?year=2025");

        Assert.Equal("3.0.0", tileJson.GetProperty("tilejson").GetString());
        Assert.EndsWith("/tiles/WebMercatorQuad/{z}/{y}/{x}?year=2025", tileJson.GetProperty("tiles")[0].GetString(), StringComparison.Ordinal);
        var layers = tileJson.GetProperty("vector_layers").EnumerateArray().ToList();
        Assert.Equal(Data.Layers.Select(l => l.Id), layers.Select(l => l.GetProperty("id").GetString()));
        var stations = layers.Single(l => l.GetProperty("id").GetString() == "rail_stations").GetProperty("fields");
        Assert.Equal("String", stations.GetProperty("name_zh").GetString());
        Assert.Equal("Number", stations.GetProperty("open_year").GetString());
        var bounds = tileJson.GetProperty("bounds").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        Assert.True(bounds[0] >= 120.5 && bounds[2] <= 126 && bounds[1] >= 39.5 && bounds[3] <= 44, string.Join(", ", bounds));
    }

    [Fact]
    public async Task A_collections_tileset_metadata_links_its_tiles_and_schema()
    {
        using var client = app.CreateClient();

        var list = await GetJsonAsync(client, "/collections/parks/tiles");
        var metadata = await GetJsonAsync(client, "/collections/parks/tiles/WebMercatorQuad");

        Assert.Equal("vector", list.GetProperty("tilesets")[0].GetProperty("dataType").GetString());
        var item = metadata.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "item");
        Assert.True(item.GetProperty("templated").GetBoolean());
        Assert.EndsWith("/collections/parks/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}", item.GetProperty("href").GetString(), StringComparison.Ordinal);
        var layer = Assert.Single(metadata.GetProperty("layers").EnumerateArray());
        Assert.Equal(2, layer.GetProperty("geometryDimension").GetInt32());
        Assert.Equal("string", layer.GetProperty("propertiesSchema").GetProperty("properties").GetProperty("name_en").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("rail_stations", 11)]
    [InlineData("parks", 12)]
    [InlineData("districts", 8)]
    public async Task A_tile_holds_exactly_the_features_within_its_buffered_bounds(string layer, int zoom)
    {
        using var client = app.CreateClient();
        var tile = WebMercatorQuad.TileAt(123.43, 41.80, zoom);

        var decoded = await GetTileAsync(client, $"/collections/{layer}/tiles/WebMercatorQuad/{tile.Zoom}/{tile.Y}/{tile.X}");

        var bounds = Wgs84.ToGeometry(TileOptions.Default.QueryBounds(tile));
        var expected = Data.Features.Where(f => f.Layer == layer && f.Geometry.Intersects(bounds)).Select(f => f.Id).Order(StringComparer.Ordinal);
        var mvt = Assert.Single(decoded!.Layers);
        Assert.Equal(layer, mvt.Name);
        Assert.Equal(expected, mvt.Features.Select(f => (string)f.Properties["id"].Value).Order(StringComparer.Ordinal));
        var first = mvt.Features[0];
        var feature = Data.Features.Single(f => f.Id == (string)first.Properties["id"].Value);
        Assert.Equal(feature.NameZh, first.Properties["name_zh"].Value);
        Assert.Equal(WireName.Of(feature.Status), first.Properties["status"].Value);
    }

    [Fact]
    public async Task The_combined_tile_has_a_layer_per_collection_present()
    {
        using var client = app.CreateClient();
        var tile = WebMercatorQuad.TileAt(123.43, 41.80, 9);

        var decoded = await GetTileAsync(client, $"/tiles/WebMercatorQuad/{tile.Zoom}/{tile.Y}/{tile.X}");

        var names = decoded!.Layers.Select(l => l.Name).ToList();
        Assert.Contains("metro_cities", names);
        Assert.Contains("districts", names);
        Assert.Contains("rail_lines", names);
        Assert.Contains("rail_stations", names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public async Task The_landing_page_and_each_collection_link_to_their_tiles()
    {
        using var client = app.CreateClient();

        var landing = await GetJsonAsync(client, "/");
        var parks = await GetJsonAsync(client, "/collections/parks");

        const string Rel = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";
        Assert.EndsWith("/tiles", Href(landing, Rel), StringComparison.Ordinal);
        Assert.EndsWith("/collections/parks/tiles", Href(parks, Rel), StringComparison.Ordinal);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt", (await GetJsonAsync(client, "/conformance")).GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task An_empty_tile_is_204()
    {
        using var client = app.CreateClient();
        var tile = WebMercatorQuad.TileAt(100, 10, 10);

        using var response = await client.GetAsync($"/tiles/WebMercatorQuad/{tile.Zoom}/{tile.Y}/{tile.X}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task A_scenario_year_keeps_only_the_features_that_exist_then()
    {
        using var client = app.CreateClient();
        var station = Data.Features.Single(f => f.Id == "station-xinhui-jie");
        Assert.Equal(2025, station.OpenYear);
        var point = (Point)station.Geometry;
        var tile = WebMercatorQuad.TileAt(point.X, point.Y, 13);
        var path = $"/collections/rail_stations/tiles/WebMercatorQuad/{tile.Zoom}/{tile.Y}/{tile.X}";

        var in2023 = await GetTileAsync(client, path + "?year=2023");
        var in2025 = await GetTileAsync(client, path + "?year=2025");

        Assert.DoesNotContain(station.Id, Ids(in2023));
        Assert.Contains(station.Id, Ids(in2025));
    }

    [Fact]
    public async Task Tiles_carry_a_strong_etag_answer_304_and_come_brotli_or_gzip_encoded()
    {
        using var client = app.CreateClient();
        var tile = WebMercatorQuad.TileAt(123.43, 41.80, 8);
        var path = $"/tiles/WebMercatorQuad/{tile.Zoom}/{tile.Y}/{tile.X}";

        using var plain = await client.GetAsync(path);
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        var tag = plain.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(tag);
        using var notModified = await client.SendAsync(again);
        using var brotliRequest = new HttpRequestMessage(HttpMethod.Get, path);
        brotliRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var brotli = await client.SendAsync(brotliRequest);
        using var gzipRequest = new HttpRequestMessage(HttpMethod.Get, path);
        gzipRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var gzip = await client.SendAsync(gzipRequest);

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(tag.IsWeak);
        Assert.Equal("application/vnd.mapbox-vector-tile", plain.Content.Headers.ContentType!.MediaType);
        Assert.Contains("max-age", plain.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
        Assert.Equal(bytes, Decode(await brotli.Content.ReadAsByteArrayAsync(), s => new BrotliStream(s, CompressionMode.Decompress)));
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.Equal(bytes, Decode(await gzip.Content.ReadAsByteArrayAsync(), s => new GZipStream(s, CompressionMode.Decompress)));
        Assert.NotEqual(tag, brotli.Headers.ETag);
        Assert.NotEqual(brotli.Headers.ETag, gzip.Headers.ETag);
    }

    [Fact]
    public async Task Head_answers_as_get_does_without_the_body()
    {
        using var client = app.CreateClient();
        var tile = WebMercatorQuad.TileAt(123.43, 41.80, 10);
        var path = $"/tiles/WebMercatorQuad/{tile.Zoom}/{tile.Y}/{tile.X}?f=mvt";

        using var get = await client.GetAsync(path);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Theory]
    [InlineData("/tiles/WebMercatorQuad/25/0/0", HttpStatusCode.BadRequest)]
    [InlineData("/tiles/WebMercatorQuad/-1/0/0", HttpStatusCode.BadRequest)]
    [InlineData("/tiles/WebMercatorQuad/3/0/8", HttpStatusCode.BadRequest)]
    [InlineData("/tiles/WebMercatorQuad/3/8/0", HttpStatusCode.BadRequest)]
    [InlineData("/tiles/WebMercatorQuad/3/a/0", HttpStatusCode.BadRequest)]
    [InlineData("/tiles/WebMercatorQuad/3/1/1?year=20x5", HttpStatusCode.BadRequest)]
    [InlineData("/tiles/WebMercatorQuad/3/1/1?year=2023&year=2025", HttpStatusCode.BadRequest)]
    [InlineData("/tiles/WebMercatorQuad/3/1/1?f=png", HttpStatusCode.BadRequest)]
    [InlineData("/tiles/WorldCRS84Quad/3/1/1", HttpStatusCode.NotFound)]
    [InlineData("/tiles/WorldCRS84Quad", HttpStatusCode.NotFound)]
    [InlineData("/tileMatrixSets/WorldCRS84Quad", HttpStatusCode.NotFound)]
    [InlineData("/collections/nowhere/tiles/WebMercatorQuad/3/1/1", HttpStatusCode.NotFound)]
    [InlineData("/collections/nowhere/tiles", HttpStatusCode.NotFound)]
    [InlineData("/collections/parks/tiles/WebMercatorQuad/tilejson?year=1066", HttpStatusCode.BadRequest)]
    public async Task Bad_tile_requests_are_problems_that_say_what_is_allowed(string path, HttpStatusCode status)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Every_tile_from_zoom_0_to_12_over_the_metropolitan_area_decodes_and_stays_under_500_kb()
    {
        using var client = app.CreateClient();
        var largest = 0;
        var tiles = 0;
        for (var zoom = 0; zoom <= 12; zoom++)
        {
            foreach (var tile in WebMercatorQuad.TilesCovering(GeoPlan.Core.MetropolitanArea.Bounds, zoom).Tiles())
            {
                using var response = await client.GetWithinRateAsync($"/tiles/WebMercatorQuad/{tile.Zoom}/{tile.Y}/{tile.X}");
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NoContent, $"{tile}: {response.StatusCode}");
                var bytes = await response.Content.ReadAsByteArrayAsync();
                largest = Math.Max(largest, bytes.Length);
                foreach (var feature in MvtDecoder.Decode(bytes).Layers.SelectMany(l => l.Features))
                {
                    _ = feature.Geometry();
                }

                tiles++;
            }
        }

        Assert.True(tiles > 5_000, $"{tiles} tiles");
        Assert.InRange(largest, 1, 500 * 1024);
    }

    private static async Task<MvtTile?> GetTileAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return MvtDecoder.Decode(await response.Content.ReadAsByteArrayAsync());
    }

    private static string Href(JsonElement document, string rel) =>
        document.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == rel).GetProperty("href").GetString()!;

    private static IEnumerable<string> Ids(MvtTile? tile) =>
        tile?.Layers.SelectMany(l => l.Features).Select(f => (string)f.Properties["id"].Value) ?? [];

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static byte[] Decode(byte[] encoded, Func<Stream, Stream> decoder)
    {
        using var output = new MemoryStream();
        using (var stream = decoder(new MemoryStream(encoded)))
        {
            stream.CopyTo(output);
        }

        return output.ToArray();
    }
}
