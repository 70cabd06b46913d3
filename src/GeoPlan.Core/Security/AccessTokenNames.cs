namespace GeoPlan.Core.Security;

/// <summary>The rule for token names: 1 to 64 letters, digits, <c>. _ - @</c>, not only digits (a name never reads as an id).</summary>
public static class AccessTokenNames
{
    /// <summary>The longest name allowed.</summary>
    public const int MaxLength = 64;

    /// <summary>What is wrong with <paramref name="name"/>, or null when it is a valid token name.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "a token needs a name saying who or what holds it, e.g. 'qgis-li.wei'";
        }

        if (name.Length > MaxLength)
        {
            return $"the token name '{name[..20]}…' has {name.Length} characters; at most {MaxLength} are allowed";
        }

        if (name.Any(c => !char.IsLetterOrDigit(c) && c is not ('.' or '_' or '-' or '@')))
        {
            return $"the token name '{name}' may hold only letters, digits and . _ - @ (no spaces), e.g. 'qgis-li.wei'";
        }

        return name.All(char.IsAsciiDigit)
            ? $"the token name '{name}' is only digits, which would read as a token id; add a letter, e.g. 'user-{name}'"
            : null;
    }

    /// <summary>Throws when <paramref name="name"/> breaks the rule.</summary>
    /// <exception cref="ArgumentException">The name is not valid; the message says why.</exception>
    public static void Require(string? name)
    {
        if (Problem(name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }
    }
}
