using Npgsql;
using NpgsqlTypes;

namespace GeoPlan.Storage.PostGis;

/// <summary>Streams rows into a table with PostgreSQL's binary COPY, the fastest way in.</summary>
internal static class BinaryCopy
{
    /// <summary>Copies each row's values, in column order, into the named columns of a table.</summary>
    public static async Task IntoAsync(
        NpgsqlConnection connection,
        string table,
        IReadOnlyList<(string Name, NpgsqlDbType Type)> columns,
        IEnumerable<object?[]> rows,
        CancellationToken ct)
    {
        var names = string.Join(", ", columns.Select(c => PgSql.Quote(c.Name)));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            // Writes are synchronous: they fill a buffer and only block when it is sent, and a task per value would cost more than the copy.
            ct.ThrowIfCancellationRequested();
            importer.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                Write(importer, row[i], columns[i].Type);
            }
        }

        // Disposing without completing aborts the COPY, so a failure or cancellation above writes nothing.
        await importer.CompleteAsync(ct);
    }

    // Writing each value as its own type, not as object, spares Npgsql a type lookup per value.
    private static void Write(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type)
    {
        switch (value)
        {
            case null:
                importer.WriteNull();
                break;
            case string text:
                importer.Write(text, type);
                break;
            case long whole:
                importer.Write(whole, type);
                break;
            case int whole:
                importer.Write(whole, type);
                break;
            case double real:
                importer.Write(real, type);
                break;
            case bool flag:
                importer.Write(flag, type);
                break;
            case byte[] bytes:
                importer.Write(bytes, type);
                break;
            default:
                importer.Write(value, type);
                break;
        }
    }
}
