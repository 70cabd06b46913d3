using GeoPlan.Core.Model;

namespace GeoPlan.Core.Styling;

/// <summary>How a status changes a symbol: how opaque it is, whether its stroke is dashed, whether its circle is hollow.</summary>
/// <param name="Status">The status this variant draws.</param>
/// <param name="TitleZh">The legend's Chinese title.</param>
/// <param name="TitleEn">The legend's English title.</param>
/// <param name="Opacity">Multiplies the layer's opacity: 1 for solid, less for faint.</param>
/// <param name="DashArray">Dash and gap lengths in stroke widths (MapLibre's <c>line-dasharray</c>); empty for solid.</param>
/// <param name="HollowCircle">True when points are drawn as a white circle inside a ring of the layer's colour.</param>
public sealed record StatusStyle(
    FeatureStatus Status,
    string TitleZh,
    string TitleEn,
    double Opacity,
    IReadOnlyList<double> DashArray,
    bool HollowCircle)
{
    /// <summary>The status as the data and the <c>status</c> property write it, e.g. <c>under_construction</c>.</summary>
    public string WireName => Model.WireName.Of(Status);

    /// <summary>True when strokes of this status are dashed or dotted.</summary>
    public bool IsDashed => DashArray.Count > 0;

    /// <summary>The title in <paramref name="language"/>.</summary>
    public string Title(MapLanguage language) => language == MapLanguage.Zh ? TitleZh : TitleEn;
}
