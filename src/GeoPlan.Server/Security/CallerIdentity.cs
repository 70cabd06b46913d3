using System.Security.Claims;

namespace GeoPlan.Server.Security;

/// <summary>Who made a request, for the records of what changed: the name of the caller's access token.</summary>
public static class CallerIdentity
{
    /// <summary>The name of the token that authenticated <paramref name="user"/>, e.g. <c>qgis-li.wei</c>, to record as the author of a
    /// change.</summary>
    /// <exception cref="InvalidOperationException">The caller is anonymous: the endpoint lacks
    /// <see cref="AccessPolicies.Edit"/>.</exception>
    public static string EditorName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }
            ? name
            : throw new InvalidOperationException(
                "an anonymous caller has no editor name; require AccessPolicies.Edit on the endpoint that records a change");
    }
}
