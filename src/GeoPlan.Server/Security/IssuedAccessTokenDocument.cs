using GeoPlan.Core.Security;

namespace GeoPlan.Server.Security;

/// <summary>The answer to issuing a token: the token and, this once, its secret.</summary>
/// <param name="Token">The token as stored.</param>
/// <param name="Secret">What its holder sends as <c>Authorization: Bearer …</c>.</param>
/// <param name="Note">Says that the secret cannot be shown again.</param>
public sealed record IssuedAccessTokenDocument(AccessTokenDocument Token, string Secret, string Note)
{
    /// <summary>The sentence every issued secret comes with.</summary>
    public const string ShownOnce = "Keep this secret now: GeoPlan stores only its hash and cannot show it again.";

    /// <summary>The document of a token just issued.</summary>
    public static IssuedAccessTokenDocument From(IssuedAccessToken issued)
    {
        ArgumentNullException.ThrowIfNull(issued);
        return new(AccessTokenDocument.From(issued.Token), issued.Secret, ShownOnce);
    }

    /// <summary>Keeps the secret out of logs that print the record.</summary>
    public override string ToString() => $"{nameof(IssuedAccessTokenDocument)} {{ Token = {Token}, Secret = *** }}";
}
