using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;
using GeoPlan.Server.Features;

namespace GeoPlan.Server.Plan;

/// <summary>A task node in the <c>/plan/tasks</c> tree, with its children nested.</summary>
public sealed record TaskNode(
    string Id, TaskLevel Level, string TitleZh, string TitleEn, int TargetCount, int FeatureCount, IReadOnlyList<TaskNode> Children);

/// <summary>One task in full: its text, targets with a light each (<c>target_lights</c>, in the same order), children and the
/// features it names.</summary>
public sealed record TaskDocument(
    string Id,
    string? ParentId,
    TaskLevel Level,
    string TitleZh,
    string TitleEn,
    string TextZh,
    IReadOnlyList<TaskTarget> Targets,
    IReadOnlyList<LightVerdict> TargetLights,
    IReadOnlyList<string> ChildIds,
    GeoJsonFeatureCollection Features);
