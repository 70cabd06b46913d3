using GeoPlan.Interchange.Writing;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>Quoting of SQL identifiers built from layer and field names, and statements run for their effect or one value.</summary>
internal static class Sql
{
    /// <summary>A double-quoted identifier with embedded quotes doubled.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The name of a layer's R-tree index table.</summary>
    public static string RtreeTable(string layer) => GeoPackageRtreeIndex.Table(layer, "geom");

    /// <summary>Runs statements with named parameters (null as SQL NULL) inside <paramref name="transaction"/>.</summary>
    public static void Execute(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row, or null when there is none or it is NULL.</summary>
    public static object? Scalar(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteScalar() is var value && value is DBNull ? null : value;
    }

    private static SqliteCommand Command(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
