namespace GeoPlan.Core.Security;

/// <summary>How long a token may be issued for: whole days, 1 to <see cref="MaxDays"/>; a token issued without one lasts until revoked.</summary>
public static class AccessTokenLifetime
{
    /// <summary>The longest lifetime, in days (about ten years).</summary>
    public const int MaxDays = 3650;

    /// <summary>What is wrong with a lifetime of <paramref name="days"/>, or null when it is one.</summary>
    public static string? Problem(int days) =>
        days is >= 1 and <= MaxDays ? null : $"a token lasts 1 to {MaxDays} days; {days} is not among them";

    /// <summary>The expiry of a token issued at <paramref name="issued"/> for <paramref name="days"/> days, to the millisecond.</summary>
    public static DateTimeOffset ExpiryOf(DateTimeOffset issued, int days) => AccessTokenColumns.StoredTime(issued.AddDays(days));
}
