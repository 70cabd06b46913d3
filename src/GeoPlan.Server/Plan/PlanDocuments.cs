using System.Text.Json.Serialization;
using GeoPlan.Core.Model;
using GeoPlan.Server.Features;

namespace GeoPlan.Server.Plan;

/// <summary>A task node in the <c>/plan/tasks</c> tree, with its children nested.</summary>
public sealed record TaskNode(string Id, string Level, string TitleZh, string TitleEn, int TargetCount, int FeatureCount, IReadOnlyList<TaskNode> Children);

/// <summary>One task in full: its text, targets and the features it names.</summary>
public sealed record TaskDocument(
    string Id,
    string? ParentId,
    string Level,
    string TitleZh,
    string TitleEn,
    string TextZh,
    IReadOnlyList<TargetDocument> Targets,
    IReadOnlyList<string> ChildIds,
    GeoJsonFeatureCollection Features);

/// <summary>A task's yearly target.</summary>
public sealed record TargetDocument(
    int Year, string MetricZh, string MetricEn, double? Value, string? Unit, string Comparison, bool Aspirational, string TextZh)
{
    /// <summary>The response form of a target.</summary>
    public static TargetDocument From(TaskTarget t) =>
        new(t.Year, t.MetricZh, t.MetricEn, t.Value, t.Unit, WireName.Of(t.Comparison), t.Aspirational, t.TextZh);
}

/// <summary>A summary of a task, as listed for a feature.</summary>
public sealed record TaskSummary(string Id, string Level, string TitleZh, string TitleEn)
{
    /// <summary>The summary of a task.</summary>
    public static TaskSummary From(PlanTask t) => new(t.Id, WireName.Of(t.Level), t.TitleZh, t.TitleEn);
}

/// <summary>An indicator row with both targets.</summary>
public sealed record IndicatorDocument(
    int Id,
    string DomainZh,
    string DomainEn,
    string NameZh,
    string NameEn,
    string? Unit,
    string Direction,
    [property: JsonPropertyName("target_2023")] IndicatorTargetDocument Target2023,
    [property: JsonPropertyName("target_2025")] IndicatorTargetDocument Target2025,
    IReadOnlyList<string> TaskIds)
{
    /// <summary>The response form of an indicator.</summary>
    public static IndicatorDocument From(Indicator i) => new(
        i.Id, i.DomainZh, i.DomainEn, i.NameZh, i.NameEn, i.Unit, WireName.Of(i.Direction),
        IndicatorTargetDocument.From(i.Target2023), IndicatorTargetDocument.From(i.Target2025), i.TaskIds);
}

/// <summary>An indicator's target for one year.</summary>
public sealed record IndicatorTargetDocument(string TextZh, double? Value, string Comparison, string? QualitativeEn)
{
    /// <summary>The response form of a target.</summary>
    public static IndicatorTargetDocument From(IndicatorTarget t) => new(t.TextZh, t.Value, WireName.Of(t.Comparison), t.QualitativeEn);
}
