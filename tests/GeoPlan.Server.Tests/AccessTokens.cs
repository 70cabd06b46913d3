using System.Net.Http.Headers;
using GeoPlan.Core.Model;
using GeoPlan.Core.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoPlan.Server.Tests;

/// <summary>Authenticated clients for HTTP tests: tokens issued through the token store of the running service.</summary>
internal static class AccessTokens
{
    /// <summary>A client of <paramref name="app"/> sending a new token of <paramref name="role"/> as a bearer token.</summary>
    /// <param name="app">The running service.</param>
    /// <param name="role">The token's role.</param>
    /// <param name="name">The token's name (what the service records as the author of changes); default <c>test-ROLE-N</c>.</param>
    public static async Task<HttpClient> CreateAsync(WebApplicationFactory<Program> app, AccessRole role, string? name = null) =>
        ClientWith(app, (await IssueAsync(app, role, name)).Secret);

    /// <summary>A new token of <paramref name="role"/>, issued in <paramref name="app"/>'s store, with its secret.</summary>
    public static Task<IssuedAccessToken> IssueAsync(WebApplicationFactory<Program> app, AccessRole role, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IAccessTokenStore>()
            .IssueAsync(name ?? $"test-{WireName.Of(role)}-{Guid.NewGuid().ToString("N")[..8]}", role);
    }

    /// <summary>A client of <paramref name="app"/> sending <paramref name="secret"/> as <c>Authorization: Bearer</c>.</summary>
    public static HttpClient ClientWith(WebApplicationFactory<Program> app, string secret)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }
}
