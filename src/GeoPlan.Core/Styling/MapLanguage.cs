namespace GeoPlan.Core.Styling;

/// <summary>The language of a map's labels and legend; its wire name (<c>zh</c>, <c>en</c>) is the API parameter value.</summary>
public enum MapLanguage
{
    /// <summary>Chinese: labels from <c>name_zh</c>.</summary>
    Zh,

    /// <summary>English: labels from <c>name_en</c>.</summary>
    En,
}
