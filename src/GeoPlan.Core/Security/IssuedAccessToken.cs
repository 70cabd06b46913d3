namespace GeoPlan.Core.Security;

/// <summary>A token just issued, with its secret: the only moment the secret is known, since stores keep its hash alone.</summary>
/// <param name="Token">The token as stored.</param>
/// <param name="Secret">What its holder sends as <c>Authorization: Bearer …</c>; show it once, never log or store it.</param>
public sealed record IssuedAccessToken(AccessToken Token, string Secret)
{
    /// <summary>Keeps the secret out of logs and debugger displays that print the record.</summary>
    public override string ToString() => $"{nameof(IssuedAccessToken)} {{ Token = {Token}, Secret = *** }}";
}
