namespace GeoPlan.Core.Security;

/// <summary>Issues tokens: makes a secret, stores its hash, and hands the secret back once.</summary>
public static class AccessTokenIssuing
{
    /// <summary>Makes a new secret and stores a token for it.</summary>
    /// <returns>The stored token and its secret, which no store keeps: show it to its holder now.</returns>
    /// <exception cref="ArgumentException">The name is not valid.</exception>
    /// <exception cref="AccessTokenNameTakenException">A valid token has that name already.</exception>
    public static async Task<IssuedAccessToken> IssueAsync(
        this IAccessTokenStore store, string name, AccessRole role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        AccessTokenNames.Require(name);
        var secret = AccessTokenSecret.Generate();
        var token = await store.CreateAsync(name, role, AccessTokenSecret.Hash(secret), cancellationToken);
        return new IssuedAccessToken(token, secret);
    }
}
