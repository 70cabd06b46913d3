using System.Text.Json.Serialization;

namespace GeoPlan.Geodata;

/// <summary>The root of <c>plan/tasks.json</c>.</summary>
internal sealed record TasksFile(string Source, IReadOnlyList<TaskEntry> Tasks);

/// <summary>A task node as written in <c>plan/tasks.json</c>.</summary>
internal sealed record TaskEntry(
    string Id,
    string? Parent,
    string Level,
    string TitleZh,
    string TitleEn,
    string TextZh,
    IReadOnlyList<TargetEntry> Targets,
    IReadOnlyList<string> FeatureIds);

/// <summary>A task target as written in <c>plan/tasks.json</c>.</summary>
internal sealed record TargetEntry(
    int Year,
    string MetricZh,
    string MetricEn,
    double? Value,
    string? Unit,
    string Comparison,
    string TextZh,
    bool Aspirational = false);

/// <summary>The root of <c>plan/indicators.json</c>.</summary>
internal sealed record IndicatorsFile(string Source, IReadOnlyList<IndicatorEntry> Indicators);

/// <summary>An indicator row as written in <c>plan/indicators.json</c>.</summary>
internal sealed record IndicatorEntry(
    int Id,
    string DomainZh,
    string DomainEn,
    string NameZh,
    string NameEn,
    string? Unit,
    string Direction,
    IReadOnlyList<string> RelatedTaskIds,
    [property: JsonPropertyName("target_2023")] IndicatorTargetEntry? Target2023 = null,
    [property: JsonPropertyName("target_2025")] IndicatorTargetEntry? Target2025 = null);

/// <summary>An indicator's yearly target as written in <c>plan/indicators.json</c>.</summary>
internal sealed record IndicatorTargetEntry(string TextZh, double? Value, string Comparison, string? QualitativeEn);
