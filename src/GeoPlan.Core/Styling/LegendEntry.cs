namespace GeoPlan.Core.Styling;

/// <summary>One row of a legend: a symbol and what it means, in both languages.</summary>
/// <param name="Key">A stable id for the row, e.g. <c>rail_lines/metro</c> or <c>status/planned</c>.</param>
/// <param name="TitleZh">What the symbol means, in Chinese.</param>
/// <param name="TitleEn">What the symbol means, in English.</param>
/// <param name="Symbol">The symbol exactly as the map draws it.</param>
public sealed record LegendEntry(string Key, string TitleZh, string TitleEn, FeatureSymbol Symbol)
{
    /// <summary>The title in <paramref name="language"/>.</summary>
    public string Title(MapLanguage language) => language == MapLanguage.Zh ? TitleZh : TitleEn;
}
