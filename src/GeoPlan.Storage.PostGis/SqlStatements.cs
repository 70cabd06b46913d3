using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>Runs a statement whose rows, if any, nobody reads: DDL, locks and plain writes within a store's transactions.</summary>
internal static class SqlStatements
{
    /// <summary>Executes <paramref name="sql"/> on <paramref name="connection"/> with the named <paramref name="parameters"/>.</summary>
    public static async Task ExecuteAsync(
        this NpgsqlConnection connection, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(ct);
    }
}
