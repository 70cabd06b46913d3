using Npgsql;
using NpgsqlTypes;

namespace GeoPlan.Storage.PostGis;

/// <summary>Streams rows into a table with PostgreSQL's binary COPY, the fastest way in.</summary>
internal static class BinaryCopy
{
    /// <summary>Copies each row's values, in column order, into the named columns of a table.</summary>
    public static Task IntoAsync(
        NpgsqlConnection connection,
        string table,
        IReadOnlyList<(string Name, NpgsqlDbType Type)> columns,
        IEnumerable<object?[]> rows,
        CancellationToken ct) =>
        CopyAsync(
            connection,
            table,
            columns,
            (writer, types) =>
            {
                foreach (var row in rows)
                {
                    // Writes are synchronous: they fill a buffer and only block when it is sent, and a task per row would cost more than the copy.
                    ct.ThrowIfCancellationRequested();
                    writer.Write(row, types);
                }

                return Task.CompletedTask;
            },
            ct);

    /// <summary>Copies rows as a sequence hands them out, each once, so nothing but COPY's buffer is held whatever their number.</summary>
    public static Task IntoAsync(
        NpgsqlConnection connection,
        string table,
        IReadOnlyList<(string Name, NpgsqlDbType Type)> columns,
        IAsyncEnumerable<object?[]> rows,
        CancellationToken ct) =>
        CopyAsync(
            connection,
            table,
            columns,
            async (writer, types) =>
            {
                await foreach (var row in rows.WithCancellation(ct))
                {
                    ct.ThrowIfCancellationRequested();
                    writer.Write(row, types);
                }
            },
            ct);

    private static async Task CopyAsync(
        NpgsqlConnection connection,
        string table,
        IReadOnlyList<(string Name, NpgsqlDbType Type)> columns,
        Func<CopyRowWriter, NpgsqlDbType[], Task> writeRows,
        CancellationToken ct)
    {
        var names = string.Join(", ", columns.Select(c => PgSql.Quote(c.Name)));
        var types = columns.Select(c => c.Type).ToArray();
        // The rows are encoded here, straight into COPY's binary format: a value costs a few bytes written, not a typed write through the driver.
        var copy = await connection.BeginRawBinaryCopyAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", ct);
        try
        {
            var writer = new CopyRowWriter(copy);
            await writeRows(writer, types);
            writer.Finish();
        }
        catch
        {
            // A COPY that is cancelled, not completed, writes nothing; the transaction around it rolls back too.
            await copy.CancelAsync();
            await copy.DisposeAsync();
            throw;
        }

        await copy.DisposeAsync();
    }
}
