using System.Security.Cryptography;

namespace GeoPlan.Server.Observability;

/// <summary>The id that ties a request's response, problem and log lines together: the caller's <c>X-Request-Id</c> when it is a
/// safe token, else a new one.</summary>
public static class RequestId
{
    /// <summary>The header that carries the id both ways.</summary>
    public const string Header = "X-Request-Id";

    /// <summary>The longest id accepted from a caller.</summary>
    public const int MaxLength = 64;

    // Random per process, so ids of different processes and restarts differ; a counter after it makes each new id without a system call.
    private static readonly string ProcessPrefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
    private static long _issued;

    /// <summary>The caller's id when it is 1 to <see cref="MaxLength"/> characters of A-Z, a-z, 0-9, '.', '_' and '-'; otherwise a new one.</summary>
    /// <remarks>Anything else could forge log lines or carry markup into log viewers, so it is replaced, not cleaned.</remarks>
    public static string Accept(string? offered) => IsSafe(offered) ? offered! : New();

    /// <summary>A new id: 32 lower-case hex digits, this process's random prefix and its count of ids issued.</summary>
    public static string New() => string.Create(32, Interlocked.Increment(ref _issued), static (digits, count) =>
    {
        ProcessPrefix.CopyTo(digits);
        count.TryFormat(digits[16..], out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
    });

    /// <summary>Whether <paramref name="offered"/> may be used as it is.</summary>
    public static bool IsSafe(string? offered) =>
        !string.IsNullOrEmpty(offered) && offered.Length <= MaxLength && offered.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
