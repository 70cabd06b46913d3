using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;

namespace GeoPlan.Server.Plan;

/// <summary>A plan task that names a block, on the block's scorecard: its targets and the light of each.</summary>
/// <param name="Id">The task's id in the plan's numbering.</param>
/// <param name="TitleZh">The heading in the plan's words.</param>
/// <param name="TitleEn">The heading in English.</param>
/// <param name="Targets">The yearly targets the task states.</param>
/// <param name="Lights">The light of each target, in the order of <paramref name="Targets"/>.</param>
/// <param name="Href">The task's own document.</param>
public sealed record ScorecardTask(
    string Id, string TitleZh, string TitleEn, IReadOnlyList<TaskTarget> Targets, IReadOnlyList<LightVerdict> Lights, string Href);
