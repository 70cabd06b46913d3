using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>The audit trail in a GeoPackage (<see cref="GeoPackageSchema.FeatureAuditTables"/>): rows are only ever added.</summary>
internal static class FeatureAuditRows
{
    /// <summary>The table's name.</summary>
    public const string Table = "geoplan_feature_audit";

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private const string Columns =
        "sequence, collection, feature_id, operation, editor, edited_at, feature_count, " +
        "before_geom, before_values, after_geom, after_values";

    /// <summary>Appends a record, its time now, and returns it as stored; <paramref name="sequence"/> keeps a number from an earlier
    /// file, null takes the next one.</summary>
    public static FeatureAuditRecord Insert(
        SqliteConnection connection,
        SqliteTransaction transaction,
        FeatureAuditRecord record,
        long? sequence = null)
    {
        var at = IndicatorActualColumns.RecordedTime(record.At);
        var stored = (long)Sql.Scalar(
            connection,
            transaction,
            $"""
            INSERT INTO {Table} (sequence, collection, feature_id, operation, editor, edited_at, feature_count,
              before_geom, before_values, after_geom, after_values)
            VALUES ($sequence, $collection, $feature, $operation, $editor, $at, $count,
              $beforeGeom, $beforeValues, $afterGeom, $afterValues)
            RETURNING sequence
            """,
            ("$sequence", sequence),
            ("$collection", record.Collection),
            ("$feature", record.FeatureId),
            ("$operation", WireName.Of(record.Operation)),
            ("$editor", record.Editor),
            ("$at", Text(at)),
            ("$count", record.Count),
            ("$beforeGeom", record.Before is null ? null : FeatureAuditColumns.GeometryBytes(record.Before)),
            ("$beforeValues", record.Before is null ? null : FeatureAuditColumns.ValuesJson(record.Before)),
            ("$afterGeom", record.After is null ? null : FeatureAuditColumns.GeometryBytes(record.After)),
            ("$afterValues", record.After is null ? null : FeatureAuditColumns.ValuesJson(record.After)))!;
        return record with { Sequence = stored, At = at };
    }

    /// <summary>Creates the table when the file lacks it, inside <paramref name="transaction"/>.</summary>
    public static void Ensure(SqliteConnection connection, SqliteTransaction transaction) =>
        Sql.Execute(connection, transaction, GeoPackageSchema.FeatureAuditTables);

    /// <summary>A feature's version: the sequence of the latest change of it or import of its collection; 0 when none is
    /// recorded.</summary>
    public static long Version(SqliteConnection connection, SqliteTransaction? transaction, string collection, string featureId) =>
        !Exists(connection, transaction)
            ? 0
            : (long)Sql.Scalar(
                connection,
                transaction,
                $"""
                SELECT max(coalesce((SELECT max(sequence) FROM {Table} WHERE collection = $collection AND feature_id = $feature), 0),
                           coalesce((SELECT max(sequence) FROM {Table} WHERE collection = $collection AND feature_id IS NULL), 0))
                """,
                ("$collection", collection),
                ("$feature", featureId))!;

    /// <summary>The records meeting <paramref name="condition"/> (SQL over $collection, $feature, $at), in sequence order; none in a file
    /// built before the table existed.</summary>
    public static List<FeatureAuditRecord> Read(
        SqliteConnection connection, string condition, string? collection = null, string? featureId = null, DateTimeOffset? at = null)
    {
        var records = new List<FeatureAuditRecord>();
        if (!Exists(connection, null))
        {
            return records;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM {Table} WHERE {condition} ORDER BY sequence";
        command.Parameters.AddWithValue("$collection", (object?)collection ?? DBNull.Value);
        command.Parameters.AddWithValue("$feature", (object?)featureId ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", at is null ? DBNull.Value : Text(IndicatorActualColumns.RecordedTime(at.Value)));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var layer = reader.GetString(1);
            var id = reader.IsDBNull(2) ? null : reader.GetString(2);
            records.Add(new FeatureAuditRecord(
                reader.GetInt64(0),
                layer,
                id,
                WireName.Parse<AuditOperation>(reader.GetString(3)),
                reader.GetString(4),
                DateTimeOffset.ParseExact(reader.GetString(5), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                Image(reader, 7, layer, id),
                Image(reader, 9, layer, id),
                reader.IsDBNull(6) ? null : reader.GetInt64(6)));
        }

        return records;
    }

    /// <summary>Every record of the file at <paramref name="path"/>, which a rebuild keeps; none when there is no file.</summary>
    /// <exception cref="InvalidOperationException">The file cannot be read.</exception>
    public static IReadOnlyList<FeatureAuditRecord> ReadKept(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
            using var connection = GeoPackageFunctions.Open(connectionString.ToString());
            return Read(connection, "1 = 1");
        }
        catch (Exception e) when (e is SqliteException or StoreUnavailableException or FormatException or InvalidDataException)
        {
            throw new InvalidOperationException(
                $"cannot keep the audit trail of '{path}' through a rebuild ({e.Message}); " +
                "move the file aside to build afresh without it",
                e);
        }
    }

    private static PlanFeature? Image(SqliteDataReader reader, int ordinal, string layer, string? id) =>
        reader.IsDBNull(ordinal) || id is null
            ? null
            : FeatureAuditColumns.ReadFeature(layer, id, (byte[])reader.GetValue(ordinal), reader.GetString(ordinal + 1));

    private static bool Exists(SqliteConnection connection, SqliteTransaction? transaction) =>
        Sql.Scalar(
            connection, transaction, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $table", ("$table", Table)) is not null;

    private static string Text(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
