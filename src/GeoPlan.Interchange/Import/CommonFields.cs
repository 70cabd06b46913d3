using System.Globalization;
using GeoPlan.Core.Model;

namespace GeoPlan.Interchange.Import;

/// <summary>Finds the fields every GeoPlan feature carries among a file's attributes, under their own names or the usual others.</summary>
internal static class CommonFields
{
    /// <summary>Attribute names read as the Chinese name, in order of preference.</summary>
    public static readonly string[] NameZh = ["name_zh", "name", "名称", "NAME", "Name", "mc", "MC"];

    /// <summary>Attribute names read as the English name.</summary>
    public static readonly string[] NameEn = ["name_en", "NAME_EN", "name:en"];

    /// <summary>Status words planners use, beside GeoPlan's own wire names.</summary>
    private static readonly Dictionary<string, FeatureStatus> StatusWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["运营"] = FeatureStatus.Operating,
        ["已建"] = FeatureStatus.Operating,
        ["建成"] = FeatureStatus.Operating,
        ["现状"] = FeatureStatus.Operating,
        ["在建"] = FeatureStatus.UnderConstruction,
        ["规划"] = FeatureStatus.Planned,
        ["拟建"] = FeatureStatus.Proposed,
        ["远期"] = FeatureStatus.Proposed,
    };

    /// <summary>Every attribute name one of the common fields is read from; the rest become the collection's own fields.</summary>
    public static readonly HashSet<string> Consumed =
        new([.. NameZh, .. NameEn, "id", "status", "open_year", "target_year", "source", "accuracy_m"], StringComparer.Ordinal);

    /// <summary>The first non-empty text among <paramref name="names"/>.</summary>
    public static string? Text(IReadOnlyDictionary<string, object?> attributes, string[] names)
    {
        foreach (var name in names)
        {
            if (attributes.TryGetValue(name, out var value) && value is not null && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text)
            {
                return text.Trim();
            }
        }

        return null;
    }

    /// <summary>A status from its wire name (<c>under_construction</c>) or a Chinese word (在建); false for anything else.</summary>
    public static bool TryStatus(string text, out FeatureStatus status) =>
        WireName.TryParse(text.Trim().ToLowerInvariant(), out status) || StatusWords.TryGetValue(text.Trim(), out status);

    /// <summary>The words a status may be given as, for messages.</summary>
    public static string StatusChoices => string.Join(", ", WireName.All<FeatureStatus>()) + " (or 运营, 在建, 规划, 拟建)";
}
