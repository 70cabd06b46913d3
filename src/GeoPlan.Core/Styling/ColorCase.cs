namespace GeoPlan.Core.Styling;

/// <summary>A colour a layer takes for one value of its colour attribute, e.g. rail lines whose <c>mode</c> is <c>metro</c>.</summary>
/// <param name="Value">The attribute value, as the data writes it.</param>
/// <param name="Color">The colour features with that value are drawn in.</param>
/// <param name="TitleZh">The legend's Chinese title for the value.</param>
/// <param name="TitleEn">The legend's English title for the value.</param>
public sealed record ColorCase(string Value, StyleColor Color, string TitleZh, string TitleEn);
