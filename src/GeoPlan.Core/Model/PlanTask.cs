namespace GeoPlan.Core.Model;

/// <summary>A node of the action plan's tree: a chapter, a section or a numbered task, with its targets and map features.</summary>
/// <param name="Id">Id from the plan's numbering, e.g. <c>3.1.2</c> for 三、(一) 2.</param>
/// <param name="ParentId">The enclosing node, or null for a chapter.</param>
/// <param name="Level">Chapter, section or task.</param>
/// <param name="TitleZh">The heading in the plan's words.</param>
/// <param name="TitleEn">The heading in English.</param>
/// <param name="TextZh">The node's text in the plan's words.</param>
/// <param name="Targets">The yearly targets the text states.</param>
/// <param name="FeatureIds">The features the text names.</param>
public sealed record PlanTask(
    string Id,
    string? ParentId,
    TaskLevel Level,
    string TitleZh,
    string TitleEn,
    string TextZh,
    IReadOnlyList<TaskTarget> Targets,
    IReadOnlyList<string> FeatureIds);
