namespace GeoPlan.Core.Styling;

/// <summary>What a MapLibre style document needs besides the <see cref="PlanStyle"/>: where tiles and glyphs are, which language.</summary>
public sealed record MapLibreStyleOptions
{
    /// <summary>The combined tileset's URL template with <c>{z}</c>, <c>{x}</c>, <c>{y}</c>; one tile layer per collection.</summary>
    public required string TilesUrl { get; init; }

    /// <summary>The lowest zoom the tileset serves.</summary>
    public int MinZoom { get; init; }

    /// <summary>The highest zoom the tileset serves; MapLibre overzooms beyond it.</summary>
    public int MaxZoom { get; init; } = 14;

    /// <summary>The glyph URL template with <c>{fontstack}</c> and <c>{range}</c>; without one the style has no label layers,
    /// because MapLibre draws text only from glyphs the server serves for <see cref="TextFont"/>.</summary>
    public string? GlyphsUrl { get; init; }

    /// <summary>The font stack label layers ask the glyph server for.</summary>
    public IReadOnlyList<string> TextFont { get; init; } = ["Noto Sans CJK SC Regular"];

    /// <summary>The language of labels.</summary>
    public MapLanguage Language { get; init; } = MapLanguage.Zh;

    /// <summary>The style's name.</summary>
    public string Name { get; init; } = "GeoPlan";
}
