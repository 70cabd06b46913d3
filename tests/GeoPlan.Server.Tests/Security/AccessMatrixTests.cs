using System.Net;
using System.Text;
using GeoPlan.Core.Security;

namespace GeoPlan.Server.Tests.Security;

/// <summary>Every write and administration endpoint against every caller: 401 without a valid token, 403 with a role too low, through
/// to the endpoint itself (here a 400, 404 or 200 that writes nothing) with a role high enough.</summary>
public sealed class AccessMatrixTests(GeoPlanApp app) : IClassFixture<GeoPlanApp>
{
    public static TheoryData<string, string, string, AccessRole> Endpoints => new()
    {
        { "POST", "/collections/wells/import?format=dwg", "x", AccessRole.Editor },
        { "PUT", "/plan/indicators/1/actuals/2023", "[]", AccessRole.Editor },
        { "GET", "/admin/tokens", "", AccessRole.Admin },
        { "POST", "/admin/tokens", "{}", AccessRole.Admin },
        { "DELETE", "/admin/tokens/999999", "", AccessRole.Admin },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Without_a_token_the_answer_is_401_with_a_bearer_challenge_naming_the_role_needed(
        string method, string url, string body, AccessRole needed)
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.SendAsync(Request(method, url, body));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{(int)response.StatusCode} {text}");
        Assert.Equal("Bearer realm=\"GeoPlan\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(needed == AccessRole.Admin ? "role admin" : "role editor or admin", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_role_below_the_one_needed_gets_403_and_each_at_or_above_reaches_the_endpoint(
        string method, string url, string body, AccessRole needed)
    {
        foreach (var role in Enum.GetValues<AccessRole>())
        {
            using var client = await AccessTokens.CreateAsync(app, role);

            using var response = await client.SendAsync(Request(method, url, body));

            var text = await response.Content.ReadAsStringAsync();
            if (role < needed)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role}: {(int)response.StatusCode} {text}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Contains($"has role {Core.Model.WireName.Of(role)}", text, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(
                    response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                    $"{role} should reach {method} {url}: {(int)response.StatusCode} {text}");
            }
        }
    }

    private static HttpRequestMessage Request(string method, string url, string body) => new(new HttpMethod(method), url)
    {
        Content = body.Length == 0 ? null : new StringContent(body, Encoding.UTF8, "application/json"),
    };
}
