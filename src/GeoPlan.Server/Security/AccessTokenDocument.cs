using GeoPlan.Core.Security;

namespace GeoPlan.Server.Security;

/// <summary>A token as <c>/admin/tokens</c> shows it: id, name, role and times (expiry null for a token that lasts until revoked);
/// never its secret or hash.</summary>
public sealed record AccessTokenDocument(long Id, string Name, AccessRole Role, DateTime CreatedAt, DateTime? RevokedAt, DateTime? ExpiresAt)
{
    /// <summary>The document of a stored token; its times in UTC.</summary>
    public static AccessTokenDocument From(AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new(token.Id, token.Name, token.Role, token.CreatedAt.UtcDateTime, token.RevokedAt?.UtcDateTime, token.ExpiresAt?.UtcDateTime);
    }
}
