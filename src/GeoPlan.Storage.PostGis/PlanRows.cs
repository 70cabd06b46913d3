using GeoPlan.Core.Model;
using Npgsql;
using NpgsqlTypes;

namespace GeoPlan.Storage.PostGis;

/// <summary>The plan's tasks, targets, feature links and indicators as rows of the plan tables.</summary>
internal static class PlanRows
{
    /// <summary>Copies the plan into the (empty) plan tables; foreign keys check every link.</summary>
    public static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<PlanTask> tasks, IReadOnlyList<Indicator> indicators, CancellationToken ct)
    {
        await BinaryCopy.IntoAsync(connection, "plan_tasks", TaskColumns, tasks.Select(TaskRow), ct);
        await BinaryCopy.IntoAsync(
            connection,
            "plan_task_targets",
            TargetColumns,
            tasks.SelectMany(t => t.Targets.Select((target, i) => TargetRow(t.Id, i, target))),
            ct);
        await BinaryCopy.IntoAsync(
            connection,
            "plan_task_features",
            [("task_id", NpgsqlDbType.Text), ("ordinal", NpgsqlDbType.Integer), ("feature_id", NpgsqlDbType.Text)],
            tasks.SelectMany(t => t.FeatureIds.Select((f, i) => new object?[] { t.Id, i, f })),
            ct);
        await BinaryCopy.IntoAsync(connection, "plan_indicators", IndicatorColumns, indicators.Select(IndicatorRow), ct);
        await BinaryCopy.IntoAsync(
            connection,
            "plan_indicator_tasks",
            [("indicator_id", NpgsqlDbType.Integer), ("ordinal", NpgsqlDbType.Integer), ("task_id", NpgsqlDbType.Text)],
            indicators.SelectMany(indicator => indicator.TaskIds.Select((t, i) => new object?[] { indicator.Id, i, t })),
            ct);
    }

    private static readonly (string, NpgsqlDbType)[] TaskColumns =
    [
        ("id", NpgsqlDbType.Text), ("ordinal", NpgsqlDbType.Integer), ("parent_id", NpgsqlDbType.Text), ("level", NpgsqlDbType.Text),
        ("title_zh", NpgsqlDbType.Text), ("title_en", NpgsqlDbType.Text), ("text_zh", NpgsqlDbType.Text),
    ];

    private static readonly (string, NpgsqlDbType)[] TargetColumns =
    [
        ("task_id", NpgsqlDbType.Text), ("ordinal", NpgsqlDbType.Integer), ("year", NpgsqlDbType.Integer), ("metric_zh", NpgsqlDbType.Text),
        ("metric_en", NpgsqlDbType.Text), ("value", NpgsqlDbType.Double), ("unit", NpgsqlDbType.Text), ("comparison", NpgsqlDbType.Text),
        ("aspirational", NpgsqlDbType.Boolean), ("text_zh", NpgsqlDbType.Text), ("note_en", NpgsqlDbType.Text),
    ];

    private static readonly (string, NpgsqlDbType)[] IndicatorColumns =
    [
        ("id", NpgsqlDbType.Integer), ("domain_zh", NpgsqlDbType.Text), ("domain_en", NpgsqlDbType.Text), ("name_zh", NpgsqlDbType.Text),
        ("name_en", NpgsqlDbType.Text), ("unit", NpgsqlDbType.Text), ("direction", NpgsqlDbType.Text),
        ("target_2023_text", NpgsqlDbType.Text), ("target_2023_value", NpgsqlDbType.Double), ("target_2023_comparison", NpgsqlDbType.Text),
        ("target_2023_qualitative_en", NpgsqlDbType.Text),
        ("target_2025_text", NpgsqlDbType.Text), ("target_2025_value", NpgsqlDbType.Double), ("target_2025_comparison", NpgsqlDbType.Text),
        ("target_2025_qualitative_en", NpgsqlDbType.Text),
    ];

    private static object?[] TaskRow(PlanTask task, int ordinal) =>
        [task.Id, ordinal, task.ParentId, WireName.Of(task.Level), task.TitleZh, task.TitleEn, task.TextZh];

    private static object?[] TargetRow(string taskId, int ordinal, TaskTarget t) =>
        [taskId, ordinal, t.Year, t.MetricZh, t.MetricEn, t.Value, t.Unit, WireName.Of(t.Comparison), t.Aspirational, t.TextZh, t.NoteEn];

    private static object?[] IndicatorRow(Indicator i) =>
    [
        i.Id, i.DomainZh, i.DomainEn, i.NameZh, i.NameEn, i.Unit, WireName.Of(i.Direction),
        i.Target2023.TextZh, i.Target2023.Value, WireName.Of(i.Target2023.Comparison), i.Target2023.QualitativeEn,
        i.Target2025.TextZh, i.Target2025.Value, WireName.Of(i.Target2025.Comparison), i.Target2025.QualitativeEn,
    ];
}
