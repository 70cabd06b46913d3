using System.Net;
using System.Text;
using System.Text.Json;
using GeoPlan.Core.Security;

namespace GeoPlan.Server.Tests.Security;

/// <summary><c>/admin/tokens</c>: an admin issues a token whose secret is shown once and works at once, lists tokens without secrets,
/// and revokes one, which is refused from the next request on.</summary>
public sealed class AccessTokensApiTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    [Fact]
    public async Task An_issued_token_works_at_once_is_listed_without_its_secret_and_once_revoked_is_refused_at_the_next_request()
    {
        using var admin = await AccessTokens.CreateAsync(app, AccessRole.Admin);

        using var created = await admin.PostAsync("/admin/tokens", Json("""{"name": "field-tablet", "role": "editor"}"""));

        var createdText = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, createdText);
        Assert.Equal("no-store", created.Headers.CacheControl?.ToString());
        var issued = JsonDocument.Parse(createdText).RootElement;
        var secret = issued.GetProperty("secret").GetString()!;
        var id = issued.GetProperty("token").GetProperty("id").GetInt64();
        Assert.True(AccessTokenSecret.IsWellFormed(secret));
        Assert.Equal("editor", issued.GetProperty("token").GetProperty("role").GetString());
        Assert.Contains("cannot show it again", issued.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/admin/tokens/{id}", created.Headers.Location?.OriginalString);

        using var tablet = AccessTokens.ClientWith(app, secret);
        using var recorded = await tablet.PutAsync("/plan/indicators/30/actuals/2024", Json(
            """{"value": 4.1, "source": "test bulletin", "as_of": "2025-02-01"}"""));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var record = JsonDocument.Parse(await recorded.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("field-tablet", record.GetProperty("recorded_by").GetString());

        var listText = await admin.GetStringAsync("/admin/tokens");
        Assert.DoesNotContain(secret, listText, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessTokenSecret.Hash(secret), listText, StringComparison.Ordinal);
        var listed = JsonDocument.Parse(listText).RootElement.GetProperty("tokens").EnumerateArray()
            .Single(t => t.GetProperty("id").GetInt64() == id);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("revoked_at").ValueKind);

        using var revoked = await admin.DeleteAsync($"/admin/tokens/{id}");

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var revokedToken = JsonDocument.Parse(await revoked.Content.ReadAsStringAsync()).RootElement;
        Assert.NotEqual(JsonValueKind.Null, revokedToken.GetProperty("revoked_at").ValueKind);
        using var refused = await tablet.PutAsync("/plan/indicators/30/actuals/2024", Json(
            """{"value": 4.2, "source": "test bulletin", "as_of": "2025-02-01"}"""));
        await AuthenticationTests.AssertInvalidTokenAsync(refused, "'field-tablet' was revoked");
    }

    [Fact]
    public async Task A_token_issued_for_some_days_shows_its_expiry_and_one_without_shows_none()
    {
        using var admin = await AccessTokens.CreateAsync(app, AccessRole.Admin);
        var before = DateTime.UtcNow;

        using var expiring = await admin.PostAsync("/admin/tokens", Json("""{"name": "contractor-zhao", "role": "editor", "expires_in_days": 90}"""));
        using var lasting = await admin.PostAsync("/admin/tokens", Json("""{"name": "gis-server", "role": "viewer", "expires_in_days": null}"""));

        Assert.Equal(HttpStatusCode.Created, expiring.StatusCode);
        var expiry = JsonDocument.Parse(await expiring.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetProperty("expires_at").GetDateTime();
        Assert.InRange(expiry, before.AddDays(90).AddSeconds(-1), DateTime.UtcNow.AddDays(90).AddSeconds(1));
        Assert.Equal(HttpStatusCode.Created, lasting.StatusCode);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(await lasting.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetProperty("expires_at").ValueKind);
        var listed = JsonDocument.Parse(await admin.GetStringAsync("/admin/tokens")).RootElement.GetProperty("tokens").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "contractor-zhao");
        Assert.Equal(expiry, listed.GetProperty("expires_at").GetDateTime());
    }

    [Fact]
    public async Task A_name_a_valid_token_holds_is_409_and_a_bad_request_is_400_naming_the_field()
    {
        using var admin = await AccessTokens.CreateAsync(app, AccessRole.Admin);
        using var first = await admin.PostAsync("/admin/tokens", Json("""{"name": "dashboard", "role": "viewer"}"""));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var again = await admin.PostAsync("/admin/tokens", Json("""{"name": "dashboard", "role": "viewer"}"""));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("revoke", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var (body, field) in new[]
        {
            ("""{"name": "x y", "role": "viewer"}""", "name"),
            ("""{"name": "wang", "role": "owner"}""", "role"),
            ("""{"name": "wang", "role": "viewer", "expires": "never"}""", "expires"),
            ("""{"name": "wang", "role": "viewer", "expires_in_days": 0}""", "expires_in_days"),
            ("""{"name": "wang", "role": "viewer", "expires_in_days": 3651}""", "expires_in_days"),
            ("""{"name": "wang", "role": "viewer", "expires_in_days": "90"}""", "expires_in_days"),
            ("""{"name": "wang", "role": "viewer", "expires_in_days": 1.5}""", "expires_in_days"),
            ("not json", "body"),
        })
        {
            using var response = await admin.PostAsync("/admin/tokens", Json(body));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body}: {(int)response.StatusCode} {text}");
            Assert.Equal(field, JsonDocument.Parse(text).RootElement.GetProperty("parameter").GetString());
        }
    }

    [Fact]
    public async Task Revoking_a_token_that_does_not_exist_is_404()
    {
        using var admin = await AccessTokens.CreateAsync(app, AccessRole.Admin);

        foreach (var id in new[] { "987654", "abc" })
        {
            using var response = await admin.DeleteAsync($"/admin/tokens/{id}");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("GET /admin/tokens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
