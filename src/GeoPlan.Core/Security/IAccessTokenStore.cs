namespace GeoPlan.Core.Security;

/// <summary>A store of access tokens: it keeps their hashes, never their secrets, and finds a token by the hash of a secret.</summary>
public interface IAccessTokenStore
{
    /// <summary>Stores a new valid token.</summary>
    /// <param name="name">Who or what holds it; see <see cref="AccessTokenNames"/>.</param>
    /// <param name="role">What it allows.</param>
    /// <param name="hash">The hash of its secret (<see cref="AccessTokenSecret.Hash"/>); use <see cref="AccessTokenIssuing"/>
    /// to make a secret and store it in one step.</param>
    /// <param name="expiresAt">When it stops authenticating anyone (kept to the millisecond); null for a token that lasts until revoked.</param>
    /// <param name="cancellationToken">Stops the write before it commits.</param>
    /// <returns>The token as stored, with its id and time.</returns>
    /// <exception cref="ArgumentException">The name, hash or expiry is not valid.</exception>
    /// <exception cref="AccessTokenNameTakenException">A valid token has that name already.</exception>
    Task<AccessToken> CreateAsync(
        string name, AccessRole role, string hash, DateTimeOffset? expiresAt, CancellationToken cancellationToken = default);

    /// <summary>The token whose secret has this hash, revoked or not; null when there is none.</summary>
    Task<AccessToken?> FindByHashAsync(string hash, CancellationToken cancellationToken = default);

    /// <summary>Every token ever issued, revoked ones too, in the order they were issued.</summary>
    Task<IReadOnlyList<AccessToken>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes a token: from now on it authenticates nobody. Revoking it again changes nothing.</summary>
    /// <returns>The token with its revocation time (the first one, if it was revoked before); null when there is no such token.</returns>
    Task<AccessToken?> RevokeAsync(long id, CancellationToken cancellationToken = default);
}
