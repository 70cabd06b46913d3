using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace GeoPlan.Core.Security;

/// <summary>Makes token secrets and the hashes stores keep of them.</summary>
/// <remarks>A secret is 32 random bytes, so a fast hash is enough: nobody can try 2^256 guesses, and a slow password hash would only
/// slow down every request.</remarks>
public static class AccessTokenSecret
{
    /// <summary>Starts every secret, so that a leaked one is recognisable (secret scanners, log reviews) as a GeoPlan token.</summary>
    public const string Prefix = "gp_";

    private const int RandomBytes = 32;

    private static readonly SearchValues<char> UrlSafeAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>The length of every secret: the prefix and 43 URL-safe base64 characters.</summary>
    public static readonly int Length = Prefix.Length + Base64Url.GetEncodedLength(RandomBytes);

    /// <summary>A new secret: <see cref="Prefix"/> and 32 bytes from the system's cryptographic generator, URL-safe base64.</summary>
    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>The hash a store keeps and looks a secret up by: SHA-256 of its UTF-8 bytes, 64 lowercase hex digits.</summary>
    /// <remarks>Stores look a presented secret up by this hash in an index, not by comparing secrets, so no constant-time compare is
    /// needed: any timing difference reveals only how much of the hash of the attacker's own guess matches a stored hash, which says
    /// nothing useful about a secret, as SHA-256 cannot be inverted.</remarks>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>True when <paramref name="text"/> has the shape of a secret (prefix, length, alphabet), valid or not.</summary>
    public static bool IsWellFormed(string? text) =>
        text is not null && text.Length == Length && text.StartsWith(Prefix, StringComparison.Ordinal) &&
        !text.AsSpan(Prefix.Length).ContainsAnyExcept(UrlSafeAlphabet);
}
