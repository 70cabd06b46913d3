namespace GeoPlan.Core.Security;

/// <summary>Issues tokens: makes a secret, stores its hash, and hands the secret back once.</summary>
public static class AccessTokenIssuing
{
    /// <summary>Makes a new secret and stores a token for it that lasts until it is revoked.</summary>
    /// <returns>The stored token and its secret, which no store keeps: show it to its holder now.</returns>
    /// <exception cref="ArgumentException">The name is not valid.</exception>
    /// <exception cref="AccessTokenNameTakenException">A valid token has that name already.</exception>
    public static Task<IssuedAccessToken> IssueAsync(
        this IAccessTokenStore store, string name, AccessRole role, CancellationToken cancellationToken = default) =>
        store.IssueAsync(name, role, expiresAt: null, cancellationToken);

    /// <summary>Makes a new secret and stores a token for it that stops working at <paramref name="expiresAt"/> (never when null).</summary>
    /// <returns>The stored token and its secret, which no store keeps: show it to its holder now.</returns>
    /// <exception cref="ArgumentException">The name is not valid, or the expiry is not in the future.</exception>
    /// <exception cref="AccessTokenNameTakenException">A valid token has that name already.</exception>
    public static async Task<IssuedAccessToken> IssueAsync(
        this IAccessTokenStore store, string name, AccessRole role, DateTimeOffset? expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        AccessTokenNames.Require(name);
        var secret = AccessTokenSecret.Generate();
        var token = await store.CreateAsync(name, role, AccessTokenSecret.Hash(secret), expiresAt, cancellationToken);
        return new IssuedAccessToken(token, secret);
    }
}
