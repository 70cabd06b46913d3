using System.Text.RegularExpressions;
using GeoPlan.Core.Storage;

namespace GeoPlan.Core.Security;

/// <summary>How stores keep a token: role by its wire name, times in UTC to the millisecond, hash as 64 lowercase hex digits.</summary>
public static partial class AccessTokenColumns
{
    /// <summary>Checks what a store is asked to keep at <paramref name="now"/>, so every store refuses the same things with the same words.</summary>
    /// <exception cref="ArgumentException">The name or the hash is not valid, or the expiry is not after <paramref name="now"/>.</exception>
    public static void Require(string name, AccessRole role, string hash, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        if (expiresAt <= now)
        {
            throw new ArgumentException(
                $"a token's expiry must be in the future; {expiresAt:yyyy-MM-dd HH:mm:ss} UTC is not", nameof(expiresAt));
        }

        AccessTokenNames.Require(name);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentException($"{(int)role} is not a role; roles are viewer, editor and admin", nameof(role));
        }

        if (hash is null || !HashPattern().IsMatch(hash))
        {
            throw new ArgumentException(
                "a token hash is 64 lowercase hex digits, the SHA-256 of its secret (AccessTokenSecret.Hash); " +
                "was the secret passed instead?",
                nameof(hash));
        }
    }

    /// <summary>The time a store keeps: to the millisecond in UTC, as every store can hold it.</summary>
    public static DateTimeOffset StoredTime(DateTimeOffset time) => IndicatorActualColumns.RecordedTime(time);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HashPattern();
}
