using System.Net;
using System.Text;
using System.Text.Json;
using GeoPlan.Core.Security;
using GeoPlan.Testing;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Server.Tests;

/// <summary><c>PUT /plan/indicators/{id}/actuals/{year}</c> and <c>GET /plan/indicators/{id}/actuals</c>: values recorded with their
/// source and the name of the editor's token, every one kept as history; writing needs an editor.</summary>
public sealed class IndicatorActualsApiTests : IDisposable
{
    private const string Gdp = """{"value": 8122.1, "source": "沈阳市2023年国民经济和社会发展统计公报", "as_of": "2024-04-01", "comparison_values": {"gdp_growth": 5.6}}""";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Recording_needs_an_editor_token_and_reading_does_not()
    {
        await using var app = new GeoPlanApp(BundledGeodata.Directory.Path, _directory.File("store.gpkg"));
        var anonymous = app.CreateClient();
        using var viewer = await AccessTokens.CreateAsync(app, AccessRole.Viewer);

        using var withoutToken = await anonymous.PutAsync("/plan/indicators/1/actuals/2023", Json(Gdp));
        using var asViewer = await viewer.PutAsync("/plan/indicators/1/actuals/2023", Json(Gdp));

        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asViewer.StatusCode);
        Assert.Equal("application/problem+json", asViewer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("role editor or admin", await asViewer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var actuals = await anonymous.GetJsonAsync("/plan/indicators/1/actuals");
        Assert.Equal(0, actuals.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task A_recorded_value_comes_back_with_its_source_and_recorder_and_a_revision_keeps_it_as_history()
    {
        await using var app = new IndicatorWritingApp(_directory.File("store.gpkg"));
        var client = await app.CreateEditorAsync();

        using var created = await client.PutAsync("/plan/indicators/1/actuals/2023", Json(Gdp));
        using var revised = await client.PutAsync("/plan/indicators/1/actuals/2023", Json(Gdp.Replace("8122.1", "8122.4", StringComparison.Ordinal)));
        using var later = await client.PutAsync("/plan/indicators/1/actuals/2024", Json(Gdp.Replace("2024-04-01", "2025-04-01", StringComparison.Ordinal)));

        var createdBody = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, createdBody);
        Assert.Equal("/plan/indicators/1/actuals", created.Headers.Location?.OriginalString);
        var record = JsonDocument.Parse(createdBody).RootElement;
        Assert.Equal(1, record.GetProperty("indicator_id").GetInt32());
        Assert.Equal(2023, record.GetProperty("year").GetInt32());
        Assert.Equal(8122.1, record.GetProperty("value").GetDouble());
        Assert.Equal("沈阳市2023年国民经济和社会发展统计公报", record.GetProperty("source").GetString());
        Assert.Equal("2024-04-01", record.GetProperty("as_of").GetString());
        Assert.Equal(5.6, record.GetProperty("comparison_values").GetProperty("gdp_growth").GetDouble());
        Assert.Equal(IndicatorWritingApp.Editor, record.GetProperty("recorded_by").GetString());
        Assert.EndsWith("Z", record.GetProperty("recorded_at").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, revised.StatusCode);
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);

        var actuals = await client.GetJsonAsync("/plan/indicators/1/actuals");
        Assert.Equal("地区生产总值", actuals.GetProperty("name_zh").GetString());
        Assert.Equal([(2023, 8122.4), (2024, 8122.1)], Values(actuals.GetProperty("current")));
        Assert.Equal([(2023, 8122.1), (2023, 8122.4), (2024, 8122.1)], Values(actuals.GetProperty("history")));
        var sequences = actuals.GetProperty("history").EnumerateArray().Select(r => r.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(record.GetRawText(), actuals.GetProperty("history")[0].GetRawText());
    }

    [Theory]
    [InlineData("/plan/indicators/35/actuals/2023")]
    [InlineData("/plan/indicators/0/actuals/2023")]
    [InlineData("/plan/indicators/gdp/actuals/2023")]
    public async Task An_unknown_indicator_is_404_and_nothing_is_recorded(string url)
    {
        await using var app = new IndicatorWritingApp(_directory.File("store.gpkg"));
        var client = await app.CreateEditorAsync();

        using var response = await client.PutAsync(url, Json(Gdp));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("numbered 1 to 34", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await client.GetProblemAsync(url[..url.LastIndexOf('/')], HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("1999", Gdp, "year")]
    [InlineData("2101", Gdp, "year")]
    [InlineData("twenty", Gdp, "year")]
    [InlineData("2023", "not json", "body")]
    [InlineData("2023", "", "body")]
    [InlineData("2023", "[8122.1]", "body")]
    [InlineData("2023", """{"source": "bulletin", "as_of": "2024-04-01"}""", "value")]
    [InlineData("2023", """{"value": "8122.1", "source": "bulletin", "as_of": "2024-04-01"}""", "value")]
    [InlineData("2023", """{"value": 8122.1, "source": "", "as_of": "2024-04-01"}""", "source")]
    [InlineData("2023", """{"value": 8122.1, "as_of": "2024-04-01"}""", "source")]
    [InlineData("2023", """{"value": 8122.1, "source": "bulletin", "as_of": "2024/04/01"}""", "as_of")]
    [InlineData("2023", """{"value": 8122.1, "source": "bulletin", "as_of": "2022-12-31"}""", "as_of")]
    [InlineData("2023", """{"value": 8122.1, "source": "bulletin", "as_of": "2999-01-01"}""", "as_of")]
    [InlineData("2023", """{"value": 8122.1, "source": "bulletin", "as_of": "2024-04-01", "comparison_values": {"gdp_growth": "5.6"}}""", "comparison_values")]
    [InlineData("2023", """{"value": 8122.1, "source": "bulletin", "as_of": "2024-04-01", "comparison_values": {"GDP growth": 5.6}}""", "comparison_values")]
    [InlineData("2023", """{"value": 8122.1, "source": "bulletin", "asOf": "2024-04-01"}""", "asOf")]
    public async Task A_bad_year_or_body_is_400_naming_the_field_and_nothing_is_recorded(string year, string body, string field)
    {
        await using var app = new IndicatorWritingApp(_directory.File("store.gpkg"));
        var client = await app.CreateEditorAsync();

        using var response = await client.PutAsync($"/plan/indicators/1/actuals/{year}", Json(body));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(field, JsonDocument.Parse(text).RootElement.GetProperty("parameter").GetString());
        Assert.Equal(0, (await client.GetJsonAsync("/plan/indicators/1/actuals")).GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task An_unreachable_store_is_503()
    {
        var store = _directory.File("store.gpkg");
        await using var app = new IndicatorWritingApp(store);
        var client = await app.CreateEditorAsync();
        await client.GetJsonAsync("/plan/indicators/1/actuals");

        File.Move(store, _directory.File("moved.gpkg"));
        SqliteConnection.ClearAllPools();
        using var response = await client.PutAsync("/plan/indicators/1/actuals/2023", Json(Gdp));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        await client.GetProblemAsync("/plan/indicators/1/actuals", HttpStatusCode.ServiceUnavailable);
    }

    private static List<(int Year, double Value)> Values(JsonElement records) =>
        records.EnumerateArray().Select(r => (r.GetProperty("year").GetInt32(), r.GetProperty("value").GetDouble())).ToList();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
