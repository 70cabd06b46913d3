namespace GeoPlan.Core.Styling;

/// <summary>A titled group of legend rows: the layers, the statuses, or one layer with its variants.</summary>
/// <param name="Key">A stable id for the group: <c>layers</c>, <c>status</c> or a layer id.</param>
/// <param name="TitleZh">The heading in Chinese.</param>
/// <param name="TitleEn">The heading in English.</param>
/// <param name="Entries">The rows, in reading order.</param>
public sealed record LegendSection(string Key, string TitleZh, string TitleEn, IReadOnlyList<LegendEntry> Entries)
{
    /// <summary>The heading in <paramref name="language"/>.</summary>
    public string Title(MapLanguage language) => language == MapLanguage.Zh ? TitleZh : TitleEn;
}
