using System.Globalization;
using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>The history of indicator actual values in a GeoPackage (<see cref="GeoPackageSchema.IndicatorActualTables"/>): rows are
/// only ever added.</summary>
internal static class IndicatorActualRows
{
    /// <summary>The table's name.</summary>
    public const string Table = "plan_indicator_actuals";

    private const string Columns = "sequence, indicator_id, year, value, source, as_of, comparison_values, recorded_at, recorded_by";

    /// <summary>Appends a record and returns it as stored, its time to the millisecond.</summary>
    public static IndicatorActualRecord Insert(
        SqliteConnection connection, SqliteTransaction transaction, IndicatorActual actual, DateTimeOffset recordedAt, string recordedBy)
    {
        var at = IndicatorActualColumns.RecordedTime(recordedAt);
        var sequence = (long)Sql.Scalar(
            connection,
            transaction,
            $"""
            INSERT INTO {Table} (indicator_id, year, value, source, as_of, comparison_values, recorded_at, recorded_by)
            VALUES ($indicator, $year, $value, $source, $asOf, $comparison, $at, $by) RETURNING sequence
            """,
            ("$indicator", actual.IndicatorId),
            ("$year", actual.Year),
            ("$value", actual.Value),
            ("$source", actual.Source),
            ("$asOf", actual.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$comparison", IndicatorActualColumns.ComparisonValuesJson(actual.ComparisonValues)),
            ("$at", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
            ("$by", recordedBy))!;
        return new IndicatorActualRecord(actual, at, recordedBy, sequence);
    }

    /// <summary>The records meeting <paramref name="condition"/> (SQL with an optional $id), in sequence order; none in a file built
    /// before the table existed.</summary>
    public static List<IndicatorActualRecord> Read(SqliteConnection connection, string condition, int? id = null)
    {
        var records = new List<IndicatorActualRecord>();
        if (Sql.Scalar(connection, null, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $table", ("$table", Table)) is null)
        {
            return records;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM {Table} WHERE {condition} ORDER BY sequence";
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var actual = new IndicatorActual(
                reader.GetInt32(1),
                reader.GetInt32(2),
                reader.GetDouble(3),
                reader.GetString(4),
                DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture))
            {
                ComparisonValues = IndicatorActualColumns.ReadComparisonValues(reader.GetString(6)),
            };
            var at = DateTimeOffset.ParseExact(
                reader.GetString(7), "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            records.Add(new IndicatorActualRecord(actual, at, reader.GetString(8), reader.GetInt64(0)));
        }

        return records;
    }

    /// <summary>The latest record of each indicator and year, ordered by indicator and year.</summary>
    public static List<IndicatorActualRecord> Current(SqliteConnection connection) =>
        Read(connection, $"sequence IN (SELECT max(sequence) FROM {Table} GROUP BY indicator_id, year)")
            .OrderBy(r => r.Actual.IndicatorId)
            .ThenBy(r => r.Actual.Year)
            .ToList();

    /// <summary>The records a rebuild keeps: every one not bundled with geodata, in sequence order; none when there is no file.</summary>
    /// <exception cref="InvalidOperationException">The file cannot be read.</exception>
    public static IReadOnlyList<IndicatorActualRecord> ReadRecorded(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
            using var connection = GeoPackageFunctions.Open(connectionString.ToString());
            return Read(connection, $"recorded_by <> '{IndicatorActualRecord.Bundled}'");
        }
        catch (Exception e) when (e is SqliteException or StoreUnavailableException or FormatException)
        {
            throw new InvalidOperationException(
                $"cannot keep the indicator values recorded in '{path}' through a rebuild ({e.Message}); " +
                "move the file aside to build afresh without them",
                e);
        }
    }
}
