using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace GeoPlan.Server.Security;

/// <summary>Answers a refused request with problem+json saying what it needs: 401 when it has no valid token (with
/// <c>WWW-Authenticate</c>), 403 when its token's role is too low.</summary>
public sealed class AccessDeniedResponses : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    /// <inheritdoc />
    public async Task HandleAsync(
        RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Challenged)
        {
            await context.ChallengeAsync(BearerTokenHandler.SchemeName);
            var failure = (await context.AuthenticateAsync(BearerTokenHandler.SchemeName)).Failure;
            await TypedResults.Problem(
                title: failure is null ? "Access token required" : "Invalid access token",
                detail: failure is null
                    ? $"this request needs {Needed(policy)}: send it as 'Authorization: Bearer gp_…'; " +
                        "an administrator issues tokens with 'geoplan token create'"
                    : $"{failure.Message}; this request needs {Needed(policy)}: ask an administrator for a valid one",
                statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
        }
        else if (authorizeResult.Forbidden)
        {
            await TypedResults.Problem(
                title: "Role too low",
                detail: $"the token '{context.User.Identity?.Name}' has role {RoleOf(context)}, but this request needs {Needed(policy)}",
                statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
        }
        else
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
        }
    }

    private static string Needed(AuthorizationPolicy policy) =>
        policy.Requirements.OfType<RolesAuthorizationRequirement>().FirstOrDefault() is { } roles
            ? $"a token with role {string.Join(" or ", roles.AllowedRoles)}"
            : "a valid access token (any role; GeoPlan:Security:RequireViewerForReads is on)";

    private static string RoleOf(HttpContext context) =>
        context.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? "none";
}
