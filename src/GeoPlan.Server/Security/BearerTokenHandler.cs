using System.Text.Encodings.Web;
using GeoPlan.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GeoPlan.Server.Security;

/// <summary>Authenticates <c>Authorization: Bearer gp_…</c> by looking the hash of the secret up in the token store on every request,
/// so a revoked token is refused from the next request on, and an expired one from its expiry.</summary>
/// <remarks>No failure message holds any part of the secret: ASP.NET logs them at Information.</remarks>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IAccessTokenStore tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The authentication scheme's name, as in the Authorization header.</summary>
    public const string SchemeName = "Bearer";

    /// <summary>The realm named in <c>WWW-Authenticate</c>.</summary>
    public const string Realm = "GeoPlan";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header[(SchemeName.Length + 1)..].Trim();
        if (!AccessTokenSecret.IsWellFormed(secret))
        {
            return AuthenticateResult.Fail(
                $"the bearer token is not a GeoPlan access token, which starts with '{AccessTokenSecret.Prefix}' and has " +
                $"{AccessTokenSecret.Length} characters");
        }

        var token = await tokens.FindByHashAsync(AccessTokenSecret.Hash(secret), Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("the bearer token is not known to this service");
        }

        if (token.IsRevoked)
        {
            return AuthenticateResult.Fail($"the bearer token '{token.Name}' was revoked on {token.RevokedAt:yyyy-MM-dd HH:mm} UTC");
        }

        if (token.HasExpiredBy(TimeProvider.GetUtcNow()))
        {
            return AuthenticateResult.Fail($"the bearer token '{token.Name}' expired on {token.ExpiresAt:yyyy-MM-dd HH:mm} UTC");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(AccessClaims.Principal(token), SchemeName));
    }

    /// <inheritdoc />
    /// <remarks>Sets the status and <c>WWW-Authenticate</c> (RFC 6750); <see cref="AccessDeniedResponses"/> writes the body.</remarks>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = result.Failure is { } failure
            ? $"{SchemeName} realm=\"{Realm}\", error=\"invalid_token\", error_description=\"{HeaderText(failure.Message)}\""
            : $"{SchemeName} realm=\"{Realm}\"";
    }

    // RFC 6750 allows printable ASCII but quote and backslash in error_description, and Kestrel refuses other bytes in a header; a
    // token name may well be Chinese.
    private static string HeaderText(string message) =>
        string.Concat(message.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '?'));
}
