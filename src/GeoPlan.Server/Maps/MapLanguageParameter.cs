using GeoPlan.Core.Styling;

namespace GeoPlan.Server.Maps;

/// <summary>Reads the language of a map's labels: <c>zh</c> (the default) or <c>en</c>.</summary>
internal static class MapLanguageParameter
{
    /// <summary>What the parameter allows, for error messages.</summary>
    public const string Allowed = "zh (Chinese labels, the default) or en (English labels)";

    /// <summary>Parses the value, ignoring case; a missing or empty value is Chinese.</summary>
    public static bool TryParse(string? text, out MapLanguage language)
    {
        language = MapLanguage.Zh;
        if (string.IsNullOrEmpty(text) || text.Equals("zh", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        language = MapLanguage.En;
        return text.Equals("en", StringComparison.OrdinalIgnoreCase);
    }
}
