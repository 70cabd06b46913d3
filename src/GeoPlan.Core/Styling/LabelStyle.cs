namespace GeoPlan.Core.Styling;

/// <summary>How a layer's features are labelled: from which field in each language, from which zoom, in what size and colour.</summary>
public sealed record LabelStyle
{
    /// <summary>The field Chinese labels come from; features without it fall back to <c>name_zh</c>.</summary>
    public string FieldZh { get; init; } = "name_zh";

    /// <summary>The field English labels come from; features without it fall back to <c>name_en</c>.</summary>
    public string FieldEn { get; init; } = "name_en";

    /// <summary>The lowest zoom (MapLibre's, 512-pixel tiles) at which labels show.</summary>
    public required double MinZoom { get; init; }

    /// <summary>Text size in pixels.</summary>
    public required double Size { get; init; }

    /// <summary>Text colour.</summary>
    public required StyleColor Color { get; init; }

    /// <summary>The halo drawn around each glyph so text reads over any fill.</summary>
    public StyleColor HaloColor { get; init; } = StyleColor.White;

    /// <summary>Halo width in pixels.</summary>
    public double HaloWidth { get; init; } = 1.5;

    /// <summary>The longest line in multiples of the text size before text wraps at a space (MapLibre's <c>text-max-width</c>).</summary>
    public double MaxWidthEms { get; init; } = 10;

    /// <summary>The field labels come from in <paramref name="language"/>.</summary>
    public string Field(MapLanguage language) => language == MapLanguage.Zh ? FieldZh : FieldEn;

    /// <summary>The name field every feature has in <paramref name="language"/>, used when <see cref="Field"/> is missing.</summary>
    public static string NameField(MapLanguage language) => language == MapLanguage.Zh ? "name_zh" : "name_en";
}
