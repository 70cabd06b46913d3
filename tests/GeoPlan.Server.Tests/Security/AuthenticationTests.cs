using System.Net;
using GeoPlan.Core.Security;
using GeoPlan.Server.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GeoPlan.Server.Tests.Security;

/// <summary>Who may read: anyone by default, any valid token when reads need one; a presented token that is unknown, malformed or
/// revoked is refused with 401 and <c>WWW-Authenticate: Bearer error="invalid_token"</c> from the very next request.</summary>
public sealed class AuthenticationTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    [Fact]
    public async Task Reads_need_no_token_by_default()
    {
        using var anonymous = app.CreateClient();

        await anonymous.GetJsonAsync("/collections");
        await anonymous.GetJsonAsync("/plan/indicators/1/actuals");
    }

    [Theory]
    [InlineData(AccessRole.Viewer)]
    [InlineData(AccessRole.Editor)]
    [InlineData(AccessRole.Admin)]
    public async Task A_valid_token_of_any_role_reads(AccessRole role)
    {
        using var client = await AccessTokens.CreateAsync(app, role);

        await client.GetJsonAsync("/collections");
    }

    [Theory]
    [InlineData("gp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not known")]
    [InlineData("not-a-geoplan-token", "starts with 'gp_'")]
    public async Task An_unknown_or_malformed_token_is_refused_even_for_reads_saying_why(string secret, string reason)
    {
        using var client = AccessTokens.ClientWith(app, secret);

        using var response = await client.GetAsync("/collections");

        await AssertInvalidTokenAsync(response, reason);
    }

    [Fact]
    public async Task A_token_revoked_while_the_service_runs_is_refused_from_the_next_request_on()
    {
        var issued = await AccessTokens.IssueAsync(app, AccessRole.Editor, "revoked-while-running");
        using var client = AccessTokens.ClientWith(app, issued.Secret);
        await client.GetJsonAsync("/collections");

        await app.Services.GetRequiredService<IAccessTokenStore>().RevokeAsync(issued.Token.Id);

        using var response = await client.GetAsync("/collections");
        await AssertInvalidTokenAsync(response, "'revoked-while-running' was revoked");
    }

    [Fact]
    public async Task A_token_works_until_its_expiry_and_is_refused_from_then_on_saying_so()
    {
        var issued = await app.Services.GetRequiredService<IAccessTokenStore>()
            .IssueAsync("expiring-soon", AccessRole.Viewer, DateTimeOffset.UtcNow.AddSeconds(1.5));
        using var client = AccessTokens.ClientWith(app, issued.Secret);
        await client.GetJsonAsync("/collections");

        await Task.Delay(issued.Token.ExpiresAt!.Value - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(100));

        using var response = await client.GetAsync("/collections");
        await AssertInvalidTokenAsync(response, "'expiring-soon' expired on");
    }

    [Fact]
    public async Task When_reads_need_a_token_an_anonymous_read_gets_401_saying_how_to_authenticate_and_a_viewer_reads()
    {
        using var closed = app.WithWebHostBuilder(b => b.UseSetting("GeoPlan:Security:RequireViewerForReads", "true"));
        using var anonymous = closed.CreateClient();

        using var response = await anonymous.GetAsync("/collections");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal($"Bearer realm=\"{BearerTokenHandler.Realm}\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Authorization: Bearer", body, StringComparison.Ordinal);
        Assert.Contains("RequireViewerForReads", body, StringComparison.Ordinal);
        using var viewer = await AccessTokens.CreateAsync(closed, AccessRole.Viewer);
        await viewer.GetJsonAsync("/collections");
    }

    [Fact]
    public async Task Health_checks_stay_open_when_reads_need_a_token()
    {
        using var closed = app.WithWebHostBuilder(b => b.UseSetting("GeoPlan:Security:RequireViewerForReads", "true"));
        using var anonymous = closed.CreateClient();

        await anonymous.GetJsonAsync("/healthz");
        await anonymous.GetJsonAsync("/readyz");
    }

    [Fact]
    public void The_editor_name_of_a_caller_is_its_token_name_and_an_anonymous_caller_has_none()
    {
        var token = new AccessToken(7, "editor-wang", AccessRole.Editor, DateTimeOffset.UtcNow, null, new string('a', 64));

        Assert.Equal("editor-wang", AccessClaims.Principal(token).EditorName());
        Assert.Throws<InvalidOperationException>(() => new System.Security.Claims.ClaimsPrincipal().EditorName());
    }

    internal static async Task AssertInvalidTokenAsync(HttpResponseMessage response, string reason)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{(int)response.StatusCode} {body}");
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.StartsWith("Bearer realm=\"GeoPlan\", error=\"invalid_token\"", challenge, StringComparison.Ordinal);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, body, StringComparison.Ordinal);
    }
}
