using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace GeoPlan.Storage.PostGis;

/// <summary>The history of indicator actual values in <c>plan_indicator_actuals</c> (migration 0002): rows are only ever added.</summary>
internal static class IndicatorActualTable
{
    private const string Columns = "sequence, indicator_id, year, value, source, as_of, comparison_values::text, recorded_at, recorded_by";

    /// <summary>Appends a record in its own transaction, after any load under way; its time to the millisecond as in every store.</summary>
    /// <exception cref="UnknownIndicatorException">There is no such indicator.</exception>
    public static async Task<IndicatorActualRecord> RecordAsync(
        NpgsqlConnection connection, IndicatorActual actual, string recordedBy, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT pg_advisory_xact_lock({PostGisLoader.WriteLock});
            INSERT INTO plan_indicator_actuals (indicator_id, year, value, source, as_of, comparison_values, recorded_at, recorded_by)
            SELECT @indicator, @year, @value, @source, @asOf, @comparison, date_trunc('milliseconds', now()), @by
             WHERE EXISTS (SELECT 1 FROM plan_indicators WHERE id = @indicator)
            RETURNING sequence, recorded_at;
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("indicator", actual.IndicatorId);
        command.Parameters.AddWithValue("year", actual.Year);
        command.Parameters.AddWithValue("value", actual.Value);
        command.Parameters.AddWithValue("source", actual.Source);
        command.Parameters.AddWithValue("asOf", actual.AsOf);
        command.Parameters.AddWithValue("comparison", NpgsqlDbType.Jsonb, IndicatorActualColumns.ComparisonValuesJson(actual.ComparisonValues));
        command.Parameters.AddWithValue("by", recordedBy);
        IndicatorActualRecord? record = null;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.NextResultAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                record = new IndicatorActualRecord(actual, Utc(reader, 1), recordedBy, reader.GetInt64(0));
            }
        }

        if (record is null)
        {
            throw new UnknownIndicatorException(actual.IndicatorId);
        }

        await transaction.CommitAsync(ct);
        return record;
    }

    /// <summary>The records meeting <paramref name="condition"/> (SQL with an optional @id), in sequence order.</summary>
    public static async Task<List<IndicatorActualRecord>> ReadAsync(NpgsqlConnection connection, string condition, int? id, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM plan_indicator_actuals WHERE {condition} ORDER BY sequence", connection);
        if (id is not null)
        {
            command.Parameters.AddWithValue("id", id.Value);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var records = new List<IndicatorActualRecord>();
        while (await reader.ReadAsync(ct))
        {
            var actual = new IndicatorActual(
                reader.GetInt32(1), reader.GetInt32(2), reader.GetDouble(3), reader.GetString(4), reader.GetFieldValue<DateOnly>(5))
            {
                ComparisonValues = IndicatorActualColumns.ReadComparisonValues(reader.GetString(6)),
            };
            records.Add(new IndicatorActualRecord(actual, Utc(reader, 7), reader.GetString(8), reader.GetInt64(0)));
        }

        return records;
    }

    /// <summary>The latest record of each indicator and year, ordered by indicator and year.</summary>
    public static async Task<List<IndicatorActualRecord>> CurrentAsync(NpgsqlConnection connection, CancellationToken ct) =>
        (await ReadAsync(
            connection,
            "sequence IN (SELECT max(sequence) FROM plan_indicator_actuals GROUP BY indicator_id, year)",
            null,
            ct))
        .OrderBy(r => r.Actual.IndicatorId)
        .ThenBy(r => r.Actual.Year)
        .ToList();

    /// <summary>The records a load keeps: every one not bundled with the data, in sequence order.</summary>
    public static Task<List<IndicatorActualRecord>> RecordedAsync(NpgsqlConnection connection, CancellationToken ct) =>
        ReadAsync(connection, $"recorded_by <> '{IndicatorActualRecord.Bundled}'", null, ct);

    /// <summary>Inserts the bundled values (recorded now by <see cref="IndicatorActualRecord.Bundled"/>), then the kept records in their
    /// order, into the emptied table, so a value recorded through the API stays the current one.</summary>
    /// <remarks>One INSERT each, in one round trip: there are a few dozen rows, and the statements' order sets their sequence.</remarks>
    public static async Task InsertAsync(
        NpgsqlConnection connection, IReadOnlyList<IndicatorActual> bundled, IReadOnlyList<IndicatorActualRecord> kept, CancellationToken ct)
    {
        var loaded = IndicatorActualColumns.RecordedTime(DateTimeOffset.UtcNow);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var record in bundled.Select(a => new IndicatorActualRecord(a, loaded, IndicatorActualRecord.Bundled, 0)).Concat(kept))
        {
            var insert = new NpgsqlBatchCommand("""
                INSERT INTO plan_indicator_actuals (indicator_id, year, value, source, as_of, comparison_values, recorded_at, recorded_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """);
            var actual = record.Actual;
            insert.Parameters.Add(new NpgsqlParameter { Value = actual.IndicatorId });
            insert.Parameters.Add(new NpgsqlParameter { Value = actual.Year });
            insert.Parameters.Add(new NpgsqlParameter { Value = actual.Value });
            insert.Parameters.Add(new NpgsqlParameter { Value = actual.Source });
            insert.Parameters.Add(new NpgsqlParameter { Value = actual.AsOf });
            insert.Parameters.Add(new NpgsqlParameter
            {
                NpgsqlDbType = NpgsqlDbType.Jsonb,
                Value = IndicatorActualColumns.ComparisonValuesJson(actual.ComparisonValues),
            });
            insert.Parameters.Add(new NpgsqlParameter { Value = record.RecordedAt });
            insert.Parameters.Add(new NpgsqlParameter { Value = record.RecordedBy });
            batch.BatchCommands.Add(insert);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(ct);
        }
    }

    private static DateTimeOffset Utc(NpgsqlDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));
}
