using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Security;

/// <summary>Meets <see cref="ReadAccessRequirement"/> for a caller with a valid token, and for one with no token while
/// <see cref="SecurityOptions.RequireViewerForReads"/> is off.</summary>
public sealed class ReadAccessHandler(IOptionsMonitor<SecurityOptions> options) : AuthorizationHandler<ReadAccessRequirement>
{
    /// <inheritdoc />
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadAccessRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
            return;
        }

        // An unknown or revoked token fails even where anonymous reads are allowed: its holder should learn that it no longer works.
        // The handler answers again from the result it worked out for this request.
        var presentedBadToken = context.Resource is HttpContext http &&
            (await http.AuthenticateAsync(BearerTokenHandler.SchemeName)).Failure is not null;
        if (!presentedBadToken && !options.CurrentValue.RequireViewerForReads)
        {
            context.Succeed(requirement);
        }
    }
}
