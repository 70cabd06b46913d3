namespace GeoPlan.Core.Security;

/// <summary>Wraps a token store so that its backend's connection failures surface as
/// <see cref="Storage.StoreUnavailableException"/>, as <see cref="Storage.AvailabilityGuard"/> does for the feature store.</summary>
/// <param name="inner">The store to guard.</param>
/// <param name="describeUnavailable">A sentence saying why the backend cannot answer, or null for failures not about reaching it.</param>
public sealed class AccessTokenStoreGuard(IAccessTokenStore inner, Func<Exception, string?> describeUnavailable) : IAccessTokenStore
{
    /// <inheritdoc />
    public Task<AccessToken> CreateAsync(
        string name, AccessRole role, string hash, DateTimeOffset? expiresAt, CancellationToken cancellationToken = default) =>
        Guard(() => inner.CreateAsync(name, role, hash, expiresAt, cancellationToken));

    /// <inheritdoc />
    public Task<AccessToken?> FindByHashAsync(string hash, CancellationToken cancellationToken = default) =>
        Guard(() => inner.FindByHashAsync(hash, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<AccessToken>> ListAsync(CancellationToken cancellationToken = default) =>
        Guard(() => inner.ListAsync(cancellationToken));

    /// <inheritdoc />
    public Task<AccessToken?> RevokeAsync(long id, CancellationToken cancellationToken = default) =>
        Guard(() => inner.RevokeAsync(id, cancellationToken));

    private Task<T> Guard<T>(Func<Task<T>> call) => Storage.StoreUnavailableException.TranslateAsync(call, describeUnavailable);
}
