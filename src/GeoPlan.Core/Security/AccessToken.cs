namespace GeoPlan.Core.Security;

/// <summary>An access token as a store keeps it: who holds it, with which role, and the hash of its secret — never the secret.</summary>
/// <param name="Id">The store's number for it, used to revoke it.</param>
/// <param name="Name">Who or what holds it, e.g. <c>qgis-li.wei</c>; recorded as the author of every change made with it.</param>
/// <param name="Role">What it allows.</param>
/// <param name="CreatedAt">When it was issued, in UTC to the millisecond.</param>
/// <param name="RevokedAt">When it was revoked, in UTC to the millisecond; null while it is valid.</param>
/// <param name="Hash">The SHA-256 of its secret, as <see cref="AccessTokenSecret.Hash"/> writes it.</param>
public sealed record AccessToken(long Id, string Name, AccessRole Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string Hash)
{
    /// <summary>When it stops authenticating anyone, in UTC to the millisecond; null for a token that lasts until it is revoked.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>True once the token has been revoked: it no longer authenticates anyone.</summary>
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>True when the token has an expiry and <paramref name="now"/> is at or past it.</summary>
    public bool HasExpiredBy(DateTimeOffset now) => ExpiresAt <= now;
}
