namespace GeoPlan.Core.Styling;

/// <summary>How one layer is drawn when its features are operating; <see cref="StatusStyle"/> varies it by status.</summary>
public sealed record LayerStyle
{
    /// <summary>The layer (collection) id, e.g. <c>parks</c>; also the vector tile layer name.</summary>
    public required string LayerId { get; init; }

    /// <summary>The legend's Chinese title.</summary>
    public required string TitleZh { get; init; }

    /// <summary>The legend's English title.</summary>
    public required string TitleEn { get; init; }

    /// <summary>Position in the drawing: lower numbers are drawn first, underneath.</summary>
    public required int DrawOrder { get; init; }

    /// <summary>Fill, line or circle.</summary>
    public required SymbolKind Kind { get; init; }

    /// <summary>The fill colour of areas and circles, the stroke colour of lines.</summary>
    public required StyleColor Color { get; init; }

    /// <summary>How opaque <see cref="Color"/> is for operating features: 0 draws areas as outlines only.</summary>
    public double Opacity { get; init; } = 1;

    /// <summary>The outline of areas and the ring of circles; lines have none.</summary>
    public StyleColor? OutlineColor { get; init; }

    /// <summary>The stroke width in pixels: of the line, of an area's outline, of a circle's ring.</summary>
    public required double Width { get; init; }

    /// <summary>The circle radius in pixels, for points.</summary>
    public double Radius { get; init; }

    /// <summary>The attribute whose value picks the colour from <see cref="ColorCases"/>; null when the layer has one colour.</summary>
    public string? ColorAttribute { get; init; }

    /// <summary>Colours by value of <see cref="ColorAttribute"/>; other values take <see cref="Color"/>.</summary>
    public IReadOnlyList<ColorCase> ColorCases { get; init; } = [];

    /// <summary>How features are labelled; null for no labels.</summary>
    public LabelStyle? Label { get; init; }

    /// <summary>The title in <paramref name="language"/>.</summary>
    public string Title(MapLanguage language) => language == MapLanguage.Zh ? TitleZh : TitleEn;

    /// <summary>The colour of a feature whose colour attribute has <paramref name="value"/> (null when it has none).</summary>
    public StyleColor ColorFor(string? value) =>
        ColorCases.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.Ordinal))?.Color ?? Color;
}
