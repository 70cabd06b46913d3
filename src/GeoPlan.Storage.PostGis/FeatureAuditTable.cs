using GeoPlan.Core.Model;
using GeoPlan.Core.Storage.Editing;
using Npgsql;
using NpgsqlTypes;

namespace GeoPlan.Storage.PostGis;

/// <summary>The audit trail in <c>geoplan_feature_audit</c> (migration 0004): rows are only ever added.</summary>
internal static class FeatureAuditTable
{
    private const string Columns =
        "sequence, collection, feature_id, operation, editor, edited_at, feature_count, " +
        "before_geom, before_values::text, after_geom, after_values::text";

    /// <summary>Appends a record inside the connection's transaction, timed by the database's clock to the millisecond, and returns it as
    /// stored.</summary>
    /// <remarks>Writers hold <see cref="PostGisLoader.WriteLock"/>, so a later sequence never has an earlier time.</remarks>
    public static async Task<FeatureAuditRecord> InsertAsync(NpgsqlConnection connection, FeatureAuditRecord record, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO geoplan_feature_audit (collection, feature_id, operation, editor, edited_at, feature_count,
              before_geom, before_values, after_geom, after_values)
            VALUES (@collection, @feature, @operation, @editor, date_trunc('milliseconds', clock_timestamp()), @count,
              @beforeGeom, @beforeValues, @afterGeom, @afterValues)
            RETURNING sequence, edited_at
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter("collection", NpgsqlDbType.Text) { Value = record.Collection });
        command.Parameters.Add(new NpgsqlParameter("feature", NpgsqlDbType.Text) { Value = (object?)record.FeatureId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("operation", NpgsqlDbType.Text) { Value = WireName.Of(record.Operation) });
        command.Parameters.Add(new NpgsqlParameter("editor", NpgsqlDbType.Text) { Value = record.Editor });
        command.Parameters.Add(new NpgsqlParameter("count", NpgsqlDbType.Bigint) { Value = (object?)record.Count ?? DBNull.Value });
        AddImage(command, "before", record.Before);
        AddImage(command, "after", record.After);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return record with { Sequence = reader.GetInt64(0), At = Utc(reader, 1) };
    }

    /// <summary>A feature's version: the sequence of the latest change of it or import of its collection; 0 when none is
    /// recorded.</summary>
    public static async Task<long> VersionAsync(NpgsqlConnection connection, string collection, string featureId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT greatest(
              coalesce((SELECT max(sequence) FROM geoplan_feature_audit WHERE collection = @collection AND feature_id = @feature), 0),
              coalesce((SELECT max(sequence) FROM geoplan_feature_audit WHERE collection = @collection AND feature_id IS NULL), 0))
            """,
            connection);
        command.Parameters.AddWithValue("collection", collection);
        command.Parameters.AddWithValue("feature", featureId);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The records of a collection meeting <paramref name="condition"/> (SQL over @collection, @feature and @at), in sequence
    /// order.</summary>
    public static async Task<IReadOnlyList<FeatureAuditRecord>> ReadAsync(
        NpgsqlConnection connection, string condition, string collection, string? featureId, DateTimeOffset? at, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT {Columns} FROM geoplan_feature_audit WHERE collection = @collection AND {condition} ORDER BY sequence", connection);
        command.Parameters.AddWithValue("collection", collection);
        command.Parameters.Add(new NpgsqlParameter("feature", NpgsqlDbType.Text) { Value = (object?)featureId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz)
        {
            Value = at is null ? DBNull.Value : at.Value.ToUniversalTime(),
        });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var records = new List<FeatureAuditRecord>();
        while (await reader.ReadAsync(ct))
        {
            var layer = reader.GetString(1);
            var id = reader.IsDBNull(2) ? null : reader.GetString(2);
            records.Add(new FeatureAuditRecord(
                reader.GetInt64(0),
                layer,
                id,
                WireName.Parse<AuditOperation>(reader.GetString(3)),
                reader.GetString(4),
                Utc(reader, 5),
                Image(reader, 7, layer, id),
                Image(reader, 9, layer, id),
                reader.IsDBNull(6) ? null : reader.GetInt64(6)));
        }

        return records;
    }

    private static void AddImage(NpgsqlCommand command, string prefix, PlanFeature? feature)
    {
        command.Parameters.Add(new NpgsqlParameter(prefix + "Geom", NpgsqlDbType.Bytea)
        {
            Value = feature is null ? DBNull.Value : FeatureAuditColumns.GeometryBytes(feature),
        });
        command.Parameters.Add(new NpgsqlParameter(prefix + "Values", NpgsqlDbType.Json)
        {
            Value = feature is null ? DBNull.Value : FeatureAuditColumns.ValuesJson(feature),
        });
    }

    private static PlanFeature? Image(NpgsqlDataReader reader, int ordinal, string layer, string? id) =>
        reader.IsDBNull(ordinal) || id is null
            ? null
            : FeatureAuditColumns.ReadFeature(layer, id, reader.GetFieldValue<byte[]>(ordinal), reader.GetString(ordinal + 1));

    private static DateTimeOffset Utc(NpgsqlDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));
}
