using System.Text.RegularExpressions;

namespace GeoPlan.Interchange.Import;

/// <summary>What may name a collection: a lower-case identifier every store and URL can carry unquoted.</summary>
public static partial class CollectionId
{
    /// <summary>The rule, for messages.</summary>
    public const string Rule = "a collection id starts with a lower-case letter and has up to 63 lower-case letters, digits and underscores";

    /// <summary>True when <paramref name="id"/> meets <see cref="Rule"/>.</summary>
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex Pattern();
}
