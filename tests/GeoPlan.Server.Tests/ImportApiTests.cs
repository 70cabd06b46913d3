using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GeoPlan.Core.Security;

namespace GeoPlan.Server.Tests;

/// <summary><c>POST /collections/{id}/import</c>: the same engine as <c>geoplan import</c>, for editors.</summary>
public sealed class ImportApiTests : IDisposable
{
    private const string Wells = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"w1","geometry":{"type":"Point","coordinates":[118.50,45.50]},"properties":{"name":"一号井","depth":12}},
        {"type":"Feature","id":"w2","geometry":{"type":"Point","coordinates":[118.55,45.51]},"properties":{"name":"二号井","depth":30}}]}
        """;

    private const string WellsImport = "/collections/wells/import?format=geojson&status=operating&accuracy_m=10";

    private readonly GeoPlanApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Imports_need_an_editor_token()
    {
        using var viewer = await AccessTokens.CreateAsync(_app, AccessRole.Viewer);

        using var withoutToken = await _app.CreateClient().PostAsync(WellsImport, Body(Wells));
        using var asViewer = await viewer.PostAsync(WellsImport, Body(Wells));

        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asViewer.StatusCode);
        Assert.Equal("application/problem+json", asViewer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("role editor or admin", await asViewer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync("/collections/wells")).StatusCode);
    }

    [Fact]
    public async Task An_import_creates_the_collection_and_its_tiles_follow_at_once()
    {
        using var client = await EditorAsync();
        // The z14 tile holding (118.50, 45.50), beyond the metropolitan area: empty, and kept as empty, before the import.
        const string Tile = "/tiles/WebMercatorQuad/14/5861/13585";
        Assert.Equal(HttpStatusCode.NoContent, (await client.GetAsync(Tile)).StatusCode);

        using var response = await client.PostAsync("/collections/wells/import?status=operating&accuracy_m=10&title_en=Wells", Body(Wells));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var report = JsonDocument.Parse(body);
        Assert.Equal(2, report.RootElement.GetProperty("features_written").GetInt64());
        Assert.Equal("create", report.RootElement.GetProperty("action").GetString());
        using var items = JsonDocument.Parse(await client.GetStringAsync("/collections/wells/items"));
        Assert.Equal(2, items.RootElement.GetProperty("features").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Tile)).StatusCode);
    }

    [Fact]
    public async Task A_file_with_problems_is_refused_with_each_problem_and_changes_nothing()
    {
        using var client = await EditorAsync();
        var before = await FeaturesAsync(client, "parks");

        using var response = await client.PostAsync(
            "/collections/parks/import?mode=replace&status=operating&accuracy_m=10", Body(Wells.Replace("Point", "LineString", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = problem.RootElement.GetProperty("report").GetProperty("problems");
        Assert.Equal(2, problems.GetArrayLength());
        Assert.StartsWith("features[0]", problems[0].GetProperty("position").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await FeaturesAsync(client, "parks"));
    }

    [Theory]
    [InlineData("format=dwg", "format")]
    [InlineData("format=geojson&mode=sideways", "mode")]
    [InlineData("format=geojson&status=demolished", "status")]
    [InlineData("format=geojson&accuracy_m=-1", "accuracy_m")]
    [InlineData("format=geojson&dryRun=maybe", "dryRun")]
    [InlineData("format=shp&encoding=klingon", "encoding")]
    public async Task A_bad_parameter_is_named_in_a_400(string query, string parameter)
    {
        using var client = await EditorAsync();
        using var response = await client.PostAsync($"/collections/wells/import?{query}", new ByteArrayContent([1, 2, 3]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_dry_run_answers_what_would_happen_and_writes_nothing()
    {
        using var client = await EditorAsync();

        using var response = await client.PostAsync("/collections/wells/import?dryRun=true&status=operating&accuracy_m=10", Body(Wells));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/collections/wells")).StatusCode);
    }

    // The features of a collection as JSON text: the page around them carries the time it was made.
    private static async Task<string> FeaturesAsync(HttpClient client, string collection)
    {
        using var page = JsonDocument.Parse(await client.GetStringAsync($"/collections/{collection}/items?limit=100"));
        return page.RootElement.GetProperty("features").GetRawText();
    }

    private static ByteArrayContent Body(string geojson)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(geojson));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        return content;
    }

    private Task<HttpClient> EditorAsync() => AccessTokens.CreateAsync(_app, AccessRole.Editor);
}
