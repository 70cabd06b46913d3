namespace GeoPlan.Core.Model;

/// <summary>An indicator's target for one year, as the plan's table states it.</summary>
/// <param name="TextZh">The table cell exactly, e.g. <c>50 以上</c> or <c>与经济增长基本同步</c>.</param>
/// <param name="Value">The number in the cell, or null when the target is qualitative.</param>
/// <param name="Comparison">How the actual is held against <paramref name="Value"/>.</param>
/// <param name="QualitativeEn">The English meaning of a qualitative target, else null.</param>
public sealed record IndicatorTarget(string TextZh, double? Value, Comparison Comparison, string? QualitativeEn);
