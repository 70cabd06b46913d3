using System.Security.Claims;
using GeoPlan.Core.Model;
using GeoPlan.Core.Security;

namespace GeoPlan.Server.Security;

/// <summary>The claims of a caller authenticated by an access token: its id, its name and its role by wire name.</summary>
public static class AccessClaims
{
    /// <summary>The identity of <paramref name="token"/>'s holder, as the <see cref="BearerTokenHandler"/> issues it.</summary>
    public static ClaimsPrincipal Principal(AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, token.Name),
                new Claim(ClaimTypes.Role, WireName.Of(token.Role)),
            ],
            BearerTokenHandler.SchemeName,
            ClaimTypes.Name,
            ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The roles a policy accepts, by wire name: <paramref name="least"/> and every role above it.</summary>
    public static string[] RolesFrom(AccessRole least) =>
        Enum.GetValues<AccessRole>().Where(r => r >= least).Select(WireName.Of).ToArray();
}
