using System.Net;
using GeoPlan.Core.Model;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Tests;

public sealed class FeaturesApiTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task The_landing_page_links_the_api_conformance_and_data()
    {
        var landing = await _client.GetJsonAsync("/");

        Assert.EndsWith("/api", landing.Link("service-desc"), StringComparison.Ordinal);
        Assert.EndsWith("/conformance", landing.Link("conformance"), StringComparison.Ordinal);
        Assert.EndsWith("/collections", landing.Link("data"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conformance_declares_core_geojson_and_openapi()
    {
        var conformance = await _client.GetJsonAsync("/conformance");

        var classes = conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30", classes);
    }

    [Fact]
    public async Task The_api_is_an_openapi_3_0_document_describing_the_items_parameters_and_limits()
    {
        var api = await _client.GetJsonAsync("/api");

        Assert.StartsWith("3.0", api.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var parameters = api.GetProperty("paths").GetProperty("/collections/{collectionId}/items").GetProperty("get").GetProperty("parameters");
        var limit = parameters.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "limit").GetProperty("schema");
        Assert.Equal(10000, limit.GetProperty("maximum").GetInt32());
        Assert.Equal(10, limit.GetProperty("default").GetInt32());
        Assert.Equal(["collectionId", "bbox", "limit", "offset", "year"], parameters.Strings("name"));
    }

    [Fact]
    public async Task Collections_lists_every_layer_with_extent_and_items_link()
    {
        var collections = (await _client.GetJsonAsync("/collections")).GetProperty("collections");

        Assert.Equal(Data.Layers.Select(l => l.Id), collections.Strings("id"));
        foreach (var collection in collections.EnumerateArray())
        {
            var bbox = collection.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0];
            Assert.Equal(4, bbox.GetArrayLength());
            Assert.EndsWith("/items", collection.Link("items"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_collection_describes_its_layer()
    {
        var collection = await _client.GetJsonAsync("/collections/rail_stations");

        Assert.Equal("rail_stations", collection.GetProperty("id").GetString());
        Assert.Equal("轨道站点", collection.GetProperty("title_zh").GetString());
        Assert.Equal("http://www.opengis.net/def/crs/OGC/1.3/CRS84", collection.GetProperty("storageCrs").GetString());
    }

    [Fact]
    public async Task Items_default_to_ten_as_geojson_with_counts_and_a_next_link()
    {
        using var response = await _client.GetAsync("/collections/rail_stations/items");
        var page = await _client.GetJsonAsync("/collections/rail_stations/items");

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("FeatureCollection", page.GetProperty("type").GetString());
        Assert.Equal(10, page.GetProperty("numberReturned").GetInt32());
        Assert.Equal(Data.Features.Count(f => f.Layer == "rail_stations"), page.GetProperty("numberMatched").GetInt32());
        Assert.True(page.HasLink("next"));
        Assert.False(page.HasLink("prev"));
    }

    [Fact]
    public async Task Following_next_links_visits_every_feature_once_in_id_order()
    {
        var expected = Data.Features.Where(f => f.Layer == "rail_stations").Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        var seen = new List<string>();
        string? url = "/collections/rail_stations/items?limit=50";
        while (url is not null)
        {
            var page = await _client.GetJsonAsync(url);
            seen.AddRange(page.GetProperty("features").Strings("id"));
            url = page.HasLink("next") ? new Uri(page.Link("next")).PathAndQuery : null;
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Bbox_and_property_filters_select_the_right_features()
    {
        var box = new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(new Envelope(123.35, 123.5, 41.75, 41.85));
        var expected = Data.Features
            .Where(f => f.Layer == "rail_stations" && f.Status == FeatureStatus.Operating && f.Geometry.Intersects(box))
            .Select(f => f.Id).Order(StringComparer.Ordinal).ToList();

        var page = await _client.GetJsonAsync("/collections/rail_stations/items?bbox=123.35,41.75,123.5,41.85&status=operating&limit=1000");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.GetProperty("features").Strings("id"));
    }

    [Fact]
    public async Task The_year_parameter_shows_the_2023_or_the_2025_network()
    {
        var in2023 = await _client.GetJsonAsync("/collections/rail_lines/items?mode=metro&year=2023&limit=100");
        var in2025 = await _client.GetJsonAsync("/collections/rail_lines/items?mode=metro&year=2025&limit=100");

        var ids2023 = in2023.GetProperty("features").Strings("id").ToList();
        var ids2025 = in2025.GetProperty("features").Strings("id").ToList();
        Assert.Contains("m4-phase-1", ids2023);
        Assert.DoesNotContain("m1-east-extension", ids2023);
        Assert.Contains("m1-east-extension", ids2025);
        Assert.Superset(ids2023.ToHashSet(), ids2025.ToHashSet());
    }

    [Fact]
    public async Task A_feature_is_served_with_its_properties_and_links()
    {
        var feature = await _client.GetJsonAsync("/collections/metro_cities/items/shenyang");

        Assert.Equal("shenyang", feature.GetProperty("id").GetString());
        Assert.Equal("沈阳市", feature.GetProperty("properties").GetProperty("name_zh").GetString());
        Assert.Equal(9_070_093, feature.GetProperty("properties").GetProperty("population_2020").GetInt64());
        Assert.Equal("MultiPolygon", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.EndsWith("/collections/metro_cities/items/shenyang/tasks", feature.Link("related"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_are_open_to_other_origins()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/collections");
        request.Headers.Add("Origin", "https://maps.example.org");

        using var response = await _client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Unknown_collection_and_feature_are_404_problems_that_say_what_exists()
    {
        var collection = await _client.GetProblemAsync("/collections/metro/items", HttpStatusCode.NotFound);
        var feature = await _client.GetProblemAsync("/collections/parks/items/no-such-park", HttpStatusCode.NotFound);
        var route = await _client.GetProblemAsync("/no/such/path", HttpStatusCode.NotFound);

        Assert.Contains("metro_cities", collection.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("no-such-park", feature.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(404, route.GetProperty("status").GetInt32());
    }
}
