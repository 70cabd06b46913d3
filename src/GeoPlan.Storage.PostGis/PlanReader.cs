using GeoPlan.Core.Model;
using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>Reads tasks and indicators from the plan tables, each selection in one round trip.</summary>
internal static class PlanReader
{
    /// <summary>The tasks meeting <paramref name="condition"/> (SQL on <c>t</c>, the plan_tasks row, with an optional @id), in document order.</summary>
    public static async Task<List<PlanTask>> TasksAsync(NpgsqlConnection connection, string condition, string? id, CancellationToken ct)
    {
        var selected = $"SELECT t.id FROM plan_tasks t WHERE {condition}";
        await using var command = new NpgsqlCommand(
            $"""
            SELECT task_id, year, metric_zh, metric_en, value, unit, comparison, aspirational, text_zh, note_en
              FROM plan_task_targets WHERE task_id IN ({selected}) ORDER BY task_id, ordinal;
            SELECT task_id, feature_id FROM plan_task_features WHERE task_id IN ({selected}) ORDER BY task_id, ordinal;
            SELECT t.id, t.parent_id, t.level, t.title_zh, t.title_en, t.text_zh FROM plan_tasks t WHERE {condition} ORDER BY t.ordinal;
            """,
            connection);
        if (id is not null)
        {
            command.Parameters.AddWithValue("id", id);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var targets = await GroupedAsync(reader, r => new TaskTarget(
            r.GetInt32(1),
            r.GetString(2),
            r.GetString(3),
            r.IsDBNull(4) ? null : r.GetDouble(4),
            Text(r, 5),
            WireName.Parse<Comparison>(r.GetString(6)),
            r.GetString(8),
            r.GetBoolean(7),
            Text(r, 9)), ct);
        await reader.NextResultAsync(ct);
        var features = await GroupedAsync(reader, r => r.GetString(1), ct);
        await reader.NextResultAsync(ct);
        var tasks = new List<PlanTask>();
        while (await reader.ReadAsync(ct))
        {
            var taskId = reader.GetString(0);
            tasks.Add(new PlanTask(
                taskId,
                Text(reader, 1),
                WireName.Parse<TaskLevel>(reader.GetString(2)),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                targets.GetValueOrDefault(taskId) ?? [],
                features.GetValueOrDefault(taskId) ?? []));
        }

        return tasks;
    }

    /// <summary>All indicators in table order with the tasks that work towards each.</summary>
    public static async Task<List<Indicator>> IndicatorsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT indicator_id::text, task_id FROM plan_indicator_tasks ORDER BY indicator_id, ordinal;
            SELECT id, domain_zh, domain_en, name_zh, name_en, unit, direction,
                   target_2023_text, target_2023_value, target_2023_comparison, target_2023_qualitative_en,
                   target_2025_text, target_2025_value, target_2025_comparison, target_2025_qualitative_en
              FROM plan_indicators ORDER BY id;
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var taskIds = await GroupedAsync(reader, r => r.GetString(1), ct);
        await reader.NextResultAsync(ct);
        var indicators = new List<Indicator>();
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetInt32(0);
            indicators.Add(new Indicator(
                id,
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                Text(reader, 5),
                WireName.Parse<IndicatorDirection>(reader.GetString(6)),
                Target(reader, 7),
                Target(reader, 11),
                taskIds.GetValueOrDefault(id.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? []));
        }

        return indicators;
    }

    // Rows keyed by their first column, kept in the order read.
    private static async Task<Dictionary<string, List<T>>> GroupedAsync<T>(NpgsqlDataReader reader, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            var key = reader.GetString(0);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(read(reader));
        }

        return groups;
    }

    private static IndicatorTarget Target(NpgsqlDataReader reader, int first) => new(
        reader.GetString(first),
        reader.IsDBNull(first + 1) ? null : reader.GetDouble(first + 1),
        WireName.Parse<Comparison>(reader.GetString(first + 2)),
        Text(reader, first + 3));

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
