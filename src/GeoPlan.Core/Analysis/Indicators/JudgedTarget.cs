using GeoPlan.Core.Model;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>An indicator's or a task's target for one year, reduced to what the light rules read.</summary>
/// <param name="Subject">What is measured, in English, for reasons.</param>
/// <param name="Year">The year the target is for.</param>
/// <param name="Value">The target number, or null for a qualitative target.</param>
/// <param name="Comparison">How the actual is held against the value.</param>
/// <param name="TextZh">The target as the plan writes it; qualitative targets are read by their meaning from it.</param>
/// <param name="Unit">The unit, or null.</param>
/// <param name="LowerIsBetter">True when smaller actuals are better (unemployment, a rank, a ceiling).</param>
internal sealed record JudgedTarget(
    string Subject,
    int Year,
    double? Value,
    Comparison Comparison,
    string TextZh,
    string? Unit,
    bool LowerIsBetter);
