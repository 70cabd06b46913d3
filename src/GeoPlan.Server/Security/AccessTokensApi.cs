using System.Globalization;
using GeoPlan.Core.Security;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Security;

/// <summary>Token administration over HTTP, for admins: list, issue, revoke; a revocation holds from the service's next request.</summary>
public static class AccessTokensApi
{
    /// <summary>Maps <c>GET</c> and <c>POST /admin/tokens</c> and <c>DELETE /admin/tokens/{id}</c>, for
    /// <see cref="AccessPolicies.Administer"/>.</summary>
    public static IEndpointRouteBuilder MapAccessTokensApi(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/admin/tokens").WithTags("Administration").RequireAuthorization(AccessPolicies.Administer);
        tokens.MapGet("", ListTokens).WithName("GetAccessTokens")
            .WithSummary("Every access token issued, revoked ones too: id, name, role and times, never secrets");
        tokens.MapPost("", IssueToken).WithName("PostAccessToken")
            .WithSummary("Issue a token: JSON {name, role, expires_in_days (optional)}; the answer holds its secret, which cannot be shown again");
        tokens.MapDelete("/{tokenId}", RevokeToken).WithName("DeleteAccessToken")
            .WithSummary("Revoke a token: it authenticates nobody from the next request on");
        return app;
    }

    private static async Task<Ok<AccessTokenListDocument>> ListTokens(IAccessTokenStore store, CancellationToken ct) =>
        TypedResults.Ok(new AccessTokenListDocument((await store.ListAsync(ct)).Select(AccessTokenDocument.From).ToList()));

    private static async Task<Results<Created<IssuedAccessTokenDocument>, ProblemHttpResult>> IssueToken(
        HttpRequest request, HttpResponse response, IAccessTokenStore store, CancellationToken ct)
    {
        var (name, role, days, problem) = await AccessTokenRequest.ReadAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            var expiresAt = days is { } lifetime ? AccessTokenLifetime.ExpiryOf(DateTimeOffset.UtcNow, lifetime) : (DateTimeOffset?)null;
            var issued = await store.IssueAsync(name!, role, expiresAt, ct);
            // The secret is in this answer only: no cache may keep a copy.
            response.Headers.CacheControl = "no-store";
            return TypedResults.Created($"/admin/tokens/{issued.Token.Id}", IssuedAccessTokenDocument.From(issued));
        }
        catch (AccessTokenNameTakenException e)
        {
            return TypedResults.Problem(title: "Token name in use", detail: e.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static async Task<Results<Ok<AccessTokenDocument>, ProblemHttpResult>> RevokeToken(
        string tokenId, IAccessTokenStore store, CancellationToken ct)
    {
        var token = long.TryParse(tokenId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await store.RevokeAsync(id, ct)
            : null;
        return token is null
            ? ApiProblem.NotFound("Token", $"there is no token with id '{tokenId}'; GET /admin/tokens lists them")
            : TypedResults.Ok(AccessTokenDocument.From(token));
    }
}
