using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>A table's key and the foreign keys on or to it, dropped before a bulk copy and added back after.</summary>
/// <remarks>Building a key from all rows at once and checking a foreign key with one join are many times faster than doing both row by row.
/// The definitions are read from the catalogue, so the migrations stay their only source.</remarks>
internal sealed class SetAsideConstraints
{
    private readonly List<(string Table, string Name, string Definition)> _dropped = [];

    /// <summary>Drops the constraints of and referring to <paramref name="table"/>, foreign keys before the key they refer to.</summary>
    public static async Task<SetAsideConstraints> DropAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        var constraints = new SetAsideConstraints();
        await using (var command = new NpgsqlCommand(
            """
            SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint
             WHERE (conrelid = @table::regclass OR confrelid = @table::regclass) AND contype IN ('p', 'u', 'f')
             ORDER BY contype = 'f' DESC, conname
            """,
            connection))
        {
            command.Parameters.AddWithValue("table", table);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                constraints._dropped.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (owner, name, _) in constraints._dropped)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {owner} DROP CONSTRAINT {name}", ct);
        }

        return constraints;
    }

    /// <summary>Adds the constraints back, keys before the foreign keys that refer to them; a violation fails here.</summary>
    public async Task RestoreAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        foreach (var (owner, name, definition) in Enumerable.Reverse(_dropped))
        {
            await ExecuteAsync(connection, $"ALTER TABLE {owner} ADD CONSTRAINT {name} {definition}", ct);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
