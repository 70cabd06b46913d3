using System.Net;
using System.Text.Json;
using GeoPlan.Testing;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Server.Tests.Editing;

/// <summary>OGC API - Features Part 4 on the embedded store: create, replace, merge-patch and delete under If-Match, every change in the
/// item's history, the items as they were at a datetime, and the refusals a client can act on.</summary>
public sealed class ItemsWriteApiTests : IDisposable
{
    private const string Items = "/collections/parks/items";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_created_feature_answers_201_with_location_and_an_etag_that_a_get_repeats_and_if_none_match_turns_into_304()
    {
        await using var app = new FeatureWritingApp(_directory.File("store.gpkg"));
        var client = await app.CreateEditorAsync();

        using var created = await client.PostAsync(Items, EditRequests.GeoJson(EditRequests.Park("park_api_created", 123.40, 41.80)));

        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        Assert.EndsWith("/collections/parks/items/park_api_created", created.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(created.Headers.ETag!.IsWeak);
        using var read = await client.GetAsync(Items + "/park_api_created");
        Assert.Equal(created.ETag(), read.ETag());
        var feature = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Test Park", feature.GetProperty("properties").GetProperty("name_en").GetString());
        using var unchanged = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, Items + "/park_api_created")
        {
            Headers = { { "If-None-Match", created.ETag() } },
        });
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    [Fact]
    public async Task A_feature_without_an_id_gets_a_new_one_and_an_id_already_used_is_a_409()
    {
        await using var app = new FeatureWritingApp(_directory.File("store.gpkg"));
        var client = await app.CreateEditorAsync();

        using var created = await client.PostAsync(Items, EditRequests.GeoJson(EditRequests.Park(null, 123.40, 41.80)));
        using var again = await client.PostAsync(Items, EditRequests.GeoJson(EditRequests.Park("station-shisanhao-jie", 123.40, 41.80)));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        Assert.StartsWith("parks_", id, StringComparison.Ordinal);
        await client.GetJsonAsync(Items + "/" + id);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("station-shisanhao-jie", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_without_if_match_is_a_428_a_stale_one_a_412_with_the_current_etag_and_a_current_one_succeeds()
    {
        await using var app = new FeatureWritingApp(_directory.File("store.gpkg"));
        var client = await app.CreateEditorAsync();
        using var created = await client.PostAsync(Items, EditRequests.GeoJson(EditRequests.Park("park_api_replaced", 123.40, 41.80)));
        var first = created.ETag();
        var url = Items + "/park_api_replaced";

        using var missing = await client.SendAsync(HttpMethod.Put, url, EditRequests.GeoJson(EditRequests.Park(null, 123.5, 41.8)), null);
        using var replaced = await client.SendAsync(HttpMethod.Put, url, EditRequests.GeoJson(EditRequests.Park(null, 123.5, 41.8, "Moved Park")), first);
        using var stale = await client.SendAsync(HttpMethod.Put, url, EditRequests.GeoJson(EditRequests.Park(null, 123.6, 41.8)), first);
        using var staleDelete = await client.SendAsync(HttpMethod.Delete, url, null, first);

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("If-Match", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(replaced.StatusCode == HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
        Assert.NotEqual(first, replaced.ETag());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(replaced.ETag(), stale.ETag());
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleDelete.StatusCode);
        var now = await client.GetJsonAsync(url);
        Assert.Equal("Moved Park", now.GetProperty("properties").GetProperty("name_en").GetString());
    }

    [Fact]
    public async Task A_merge_patch_changes_only_what_it_names_null_removes_an_optional_property_and_the_history_keeps_both_versions()
    {
        await using var app = new FeatureWritingApp(_directory.File("store.gpkg"));
        var client = await app.CreateEditorAsync();
        using var created = await client.PostAsync(Items, EditRequests.GeoJson(EditRequests.Park("park_api_patched", 123.40, 41.80)));
        var url = Items + "/park_api_patched";

        using var patched = await client.SendAsync(
            HttpMethod.Patch, url, EditRequests.Patch("""{"properties": {"status": "operating", "open_year": 2024, "target_year": null}}"""), created.ETag());
        using var asJson = await client.SendAsync(
            HttpMethod.Patch, url, new StringContent("""{"properties": {"status": "planned"}}""", System.Text.Encoding.UTF8, "application/json"), patched.ETag());
        using var required = await client.SendAsync(HttpMethod.Patch, url, EditRequests.Patch("""{"properties": {"name_zh": null}}"""), patched.ETag());

        Assert.True(patched.StatusCode == HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());
        var properties = (await client.GetJsonAsync(url)).GetProperty("properties");
        Assert.Equal(("operating", 2024, JsonValueKind.Null, "Test Park"), (
            properties.GetProperty("status").GetString(), properties.GetProperty("open_year").GetInt32(),
            properties.GetProperty("target_year").ValueKind, properties.GetProperty("name_en").GetString()));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, asJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, required.StatusCode);
        Assert.Contains("name_zh", await required.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var history = await client.GetJsonAsync(url + "/history");
        var changes = history.GetProperty("changes");
        Assert.Equal(["create", "update"], changes.Strings("operation"));
        Assert.Equal([FeatureWritingApp.Editor, FeatureWritingApp.Editor], changes.Strings("editor"));
        Assert.Equal("planned", changes[1].GetProperty("before").GetProperty("properties").GetProperty("status").GetString());
        Assert.Equal("operating", changes[1].GetProperty("after").GetProperty("properties").GetProperty("status").GetString());
        Assert.Equal($"\"{changes[1].GetProperty("sequence").GetInt64()}\"", patched.ETag());
    }

    [Fact]
    public async Task A_deleted_feature_is_gone_its_history_ends_with_the_delete_and_an_unknown_feature_is_a_404()
    {
        await using var app = new FeatureWritingApp(_directory.File("store.gpkg"));
        var client = await app.CreateEditorAsync();
        using var created = await client.PostAsync(Items, EditRequests.GeoJson(EditRequests.Park("park_api_deleted", 123.40, 41.80)));
        var url = Items + "/park_api_deleted";

        using var deleted = await client.SendAsync(HttpMethod.Delete, url, null, created.ETag());
        using var again = await client.SendAsync(HttpMethod.Delete, url, null, created.ETag());

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await client.GetProblemAsync(url, HttpStatusCode.NotFound);
        var changes = (await client.GetJsonAsync(url + "/history")).GetProperty("changes");
        Assert.Equal(["create", "delete"], changes.Strings("operation"));
        Assert.Equal(JsonValueKind.Null, changes[1].GetProperty("after").ValueKind);
        await client.GetProblemAsync(Items + "/park_api_never/history", HttpStatusCode.NotFound);
        using var linked = await client.SendAsync(HttpMethod.Delete, Items + "/park-beiling", null, "*");
        Assert.Equal(HttpStatusCode.Conflict, linked.StatusCode);
    }

    [Theory]
    [InlineData("""{"type": "Feature", "geometry": {"type": "Point", "coordinates": [123.4, 41.8]}, "properties": {"name_zh": "点", "name_en": "Point", "status": "planned", "source": "test", "accuracy_m": 5}}""", HttpStatusCode.UnprocessableEntity, "geometry")]
    [InlineData("""{"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [[[[123.4, 41.8], [123.5, 41.9], [123.5, 41.8], [123.4, 41.9], [123.4, 41.8]]]]}, "properties": {"name_zh": "蝴蝶", "name_en": "Bow tie", "status": "planned", "source": "test", "accuracy_m": 5}}""", HttpStatusCode.UnprocessableEntity, "invalid geometry")]
    [InlineData("""{"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [[[[123.4, 41.8], [123.5, 41.8], [123.5, 41.9], [123.4, 41.8]]]]}, "properties": {"name_en": "No Chinese name", "status": "planned", "source": "test", "accuracy_m": 5}}""", HttpStatusCode.BadRequest, "name_zh")]
    [InlineData("""{"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [[[[123.4, 41.8], [123.5, 41.8], [123.5, 41.9], [123.4, 41.8]]]]}, "properties": {"name_zh": "x", "name_en": "x", "status": "planned", "source": "test", "accuracy_m": 5, "colour": "green"}}""", HttpStatusCode.BadRequest, "colour")]
    [InlineData("""{"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [[[[123.4, 41.8], [123.5, 41.8], [123.5, 41.9], [123.4, 41.8]]]]}, "properties": {"name_zh": "x", "name_en": "x", "status": "built", "source": "test", "accuracy_m": 5}}""", HttpStatusCode.BadRequest, "status")]
    [InlineData("""[1, 2]""", HttpStatusCode.BadRequest, "GeoJSON Feature")]
    public async Task A_feature_that_cannot_be_stored_is_refused_naming_what_is_wrong_and_nothing_is_written(string body, HttpStatusCode status, string named)
    {
        await using var app = new FeatureWritingApp(_directory.File("store.gpkg"));
        var client = await app.CreateEditorAsync();
        var before = (await client.GetJsonAsync(Items + "?limit=100")).GetProperty("numberMatched").GetInt64();

        using var refused = await client.PostAsync(Items, EditRequests.GeoJson(body));

        var problem = await refused.Content.ReadAsStringAsync();
        Assert.True(status == refused.StatusCode, problem);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, problem, StringComparison.Ordinal);
        Assert.Equal(before, (await client.GetJsonAsync(Items + "?limit=100")).GetProperty("numberMatched").GetInt64());
    }

    [Fact]
    public async Task Edits_need_an_editors_token_anonymous_callers_get_401_and_viewers_403()
    {
        await using var app = new FeatureWritingApp(_directory.File("store.gpkg"));
        var anonymous = app.CreateClient();
        var viewer = await AccessTokens.CreateAsync(app, GeoPlan.Core.Security.AccessRole.Viewer);

        using var unknown = await anonymous.PostAsync(Items, EditRequests.GeoJson(EditRequests.Park("park_api_refused", 123.40, 41.80)));
        using var refused = await viewer.PostAsync(Items, EditRequests.GeoJson(EditRequests.Park("park_api_refused", 123.40, 41.80)));
        using var deleted = await anonymous.SendAsync(HttpMethod.Delete, Items + "/park-nanhu", null, "*");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, deleted.StatusCode);
        await anonymous.GetProblemAsync(Items + "/park_api_refused", HttpStatusCode.NotFound);
        await anonymous.GetJsonAsync(Items + "/park-nanhu");
    }

    [Fact]
    public async Task Options_conformance_and_the_api_document_advertise_the_write_methods()
    {
        await using var app = new FeatureWritingApp(_directory.File("store.gpkg"));
        var client = await app.CreateEditorAsync();

        using var items = await client.SendAsync(new HttpRequestMessage(HttpMethod.Options, Items));
        using var item = await client.SendAsync(new HttpRequestMessage(HttpMethod.Options, Items + "/park-beiling"));

        Assert.Equal(["GET", "HEAD", "POST", "OPTIONS"], items.Content.Headers.Allow);
        Assert.Equal(["GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"], item.Content.Headers.Allow);
        var conformance = (await client.GetJsonAsync("/conformance")).GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete", conformance);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update", conformance);
        var paths = (await client.GetJsonAsync("/api")).GetProperty("paths");
        var itemPath = paths.GetProperty("/collections/{collectionId}/items/{featureId}");
        Assert.True(itemPath.TryGetProperty("put", out _) && itemPath.TryGetProperty("patch", out _) && itemPath.TryGetProperty("delete", out _));
        Assert.True(paths.GetProperty("/collections/{collectionId}/items").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task The_api_document_declares_the_bearer_token_on_writes_only()
    {
        await using var app = new FeatureWritingApp(_directory.File("store.gpkg"));
        var api = await app.CreateClient().GetJsonAsync("/api");

        var scheme = api.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var items = api.GetProperty("paths").GetProperty("/collections/{collectionId}/items");
        Assert.True(items.GetProperty("post").GetProperty("security")[0].TryGetProperty("bearer", out _));
        Assert.Contains("editor or admin", items.GetProperty("post").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.False(items.GetProperty("get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Items_at_a_datetime_are_the_collection_as_it_was_then_and_an_interval_is_a_400()
    {
        await using var app = new FeatureWritingApp(_directory.File("store.gpkg"));
        var client = await app.CreateEditorAsync();
        using var created = await client.PostAsync(Items, EditRequests.GeoJson(EditRequests.Park("park_api_timeline", 123.40, 41.80)));
        var history = await client.GetJsonAsync(Items + "/park_api_timeline/history");
        var createdAt = history.GetProperty("changes")[0].GetProperty("at").GetDateTimeOffset();
        while (DateTimeOffset.UtcNow <= createdAt.AddMilliseconds(2))
        {
            await Task.Delay(2);
        }

        using var moved = await client.SendAsync(
            HttpMethod.Put, Items + "/park_api_timeline", EditRequests.GeoJson(EditRequests.Park(null, 123.60, 41.90)), created.ETag());
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        string At(DateTimeOffset t) => Uri.EscapeDataString(t.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", System.Globalization.CultureInfo.InvariantCulture));
        var then = await client.GetJsonAsync($"{Items}?limit=100&datetime={At(createdAt)}");
        var before = await client.GetJsonAsync($"{Items}?limit=100&datetime={At(createdAt.AddSeconds(-1))}");
        var inOldPlace = await client.GetJsonAsync($"{Items}?datetime={At(createdAt)}&bbox=123.39,41.79,123.42,41.82");

        var feature = then.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "park_api_timeline");
        Assert.Equal(123.40, feature.GetProperty("geometry").GetProperty("coordinates")[0][0][0][0].GetDouble(), 9);
        Assert.DoesNotContain("park_api_timeline", before.GetProperty("features").Strings("id"));
        Assert.Contains("park_api_timeline", inOldPlace.GetProperty("features").Strings("id"));
        var problem = await client.GetProblemAsync($"{Items}?datetime=2026-01-01T00:00:00Z/..", HttpStatusCode.BadRequest);
        Assert.Contains("interval", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
