namespace GeoPlan.Core.Model;

/// <summary>A yearly target stated in a task's text, e.g. 2023: 地铁运营里程 ≥ 165 公里.</summary>
/// <param name="Year">The year the target is for.</param>
/// <param name="MetricZh">What is measured, in the plan's words.</param>
/// <param name="MetricEn">What is measured, in English.</param>
/// <param name="Value">The number, or null for a qualitative target.</param>
/// <param name="Unit">The unit as the plan writes it (公里, %, 亿元...), or null.</param>
/// <param name="Comparison">How the actual is held against <paramref name="Value"/>.</param>
/// <param name="TextZh">The clause of the plan the target was read from.</param>
/// <param name="Aspirational">True when the plan says 力争 or 争取 (strive for) rather than commits.</param>
/// <param name="NoteEn">How the clause was read, where that took judgement (e.g. a range 1-2 read as at least 1).</param>
public sealed record TaskTarget(
    int Year,
    string MetricZh,
    string MetricEn,
    double? Value,
    string? Unit,
    Comparison Comparison,
    string TextZh,
    bool Aspirational = false,
    string? NoteEn = null);
