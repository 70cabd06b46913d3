using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Security;
using GeoPlan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>The access tokens in a GeoPackage (<see cref="GeoPackageSchema.AccessTokenTables"/>).</summary>
internal static class AccessTokenRows
{
    /// <summary>The table's name.</summary>
    public const string Table = "geoplan_access_tokens";

    private const string Columns = "id, name, role, created_at, revoked_at, hash, expires_at";

    // Files made before tokens could expire have no expires_at column: read as never expiring, given the column at the next write.
    private const string ColumnsBeforeExpiry = "id, name, role, created_at, revoked_at, hash, NULL";
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>Makes the token table, or gives a table made before tokens could expire its expiry column.</summary>
    public static void Ensure(SqliteConnection connection, SqliteTransaction transaction)
    {
        Sql.Execute(connection, transaction, GeoPackageSchema.AccessTokenTables);
        if (ReadableColumns(connection, transaction) == ColumnsBeforeExpiry)
        {
            Sql.Execute(connection, transaction, $"ALTER TABLE {Table} ADD COLUMN expires_at DATETIME");
        }
    }

    /// <summary>Adds a valid token, or, with <paramref name="kept"/>, a token as it was in another file (its id, times and hash).</summary>
    /// <exception cref="AccessTokenNameTakenException">A valid token has that name already.</exception>
    public static AccessToken Insert(SqliteConnection connection, SqliteTransaction transaction, AccessToken kept)
    {
        try
        {
            Sql.Execute(
                connection,
                transaction,
                $"INSERT INTO {Table} ({Columns}) VALUES ($id, $name, $role, $created, $revoked, $hash, $expires)",
                ("$id", kept.Id == 0 ? null : kept.Id),
                ("$name", kept.Name),
                ("$role", WireName.Of(kept.Role)),
                ("$created", Text(kept.CreatedAt)),
                ("$revoked", kept.RevokedAt is { } revoked ? Text(revoked) : null),
                ("$hash", kept.Hash),
                ("$expires", kept.ExpiresAt is { } expires ? Text(expires) : null));
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == 2067 && e.Message.Contains(".name", StringComparison.Ordinal))
        {
            // 2067 is SQLITE_CONSTRAINT_UNIQUE; the index on hash cannot clash, as secrets are random.
            throw new AccessTokenNameTakenException(kept.Name);
        }

        var id = (long)Sql.Scalar(connection, transaction, "SELECT last_insert_rowid()")!;
        return kept with { Id = id };
    }

    /// <summary>Sets the revocation time of an unrevoked token, and returns the token as it now is; null when there is none.</summary>
    public static AccessToken? Revoke(SqliteConnection connection, SqliteTransaction transaction, long id, DateTimeOffset at)
    {
        Sql.Execute(
            connection,
            transaction,
            $"UPDATE {Table} SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL",
            ("$at", Text(at)),
            ("$id", id));
        return Read(connection, transaction, "id = $key", id).SingleOrDefault();
    }

    /// <summary>The tokens meeting <paramref name="condition"/> (SQL with an optional $key), in id order; none in a file built before
    /// the table existed.</summary>
    public static List<AccessToken> Read(SqliteConnection connection, SqliteTransaction? transaction, string condition, object? key = null)
    {
        var tokens = new List<AccessToken>();
        if (ReadableColumns(connection, transaction) is not { } columns)
        {
            return tokens;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {columns} FROM {Table} WHERE {condition} ORDER BY id";
        if (key is not null)
        {
            command.Parameters.AddWithValue("$key", key);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            tokens.Add(new AccessToken(
                reader.GetInt64(0),
                reader.GetString(1),
                WireName.Parse<AccessRole>(reader.GetString(2)),
                Time(reader.GetString(3)),
                reader.IsDBNull(4) ? null : Time(reader.GetString(4)),
                reader.GetString(5))
            {
                ExpiresAt = reader.IsDBNull(6) ? null : Time(reader.GetString(6)),
            });
        }

        return tokens;
    }

    /// <summary>The tokens a rebuild keeps: all of them, revoked ones too, so ids are never reused; none when there is no file.</summary>
    /// <exception cref="InvalidOperationException">The file cannot be read.</exception>
    public static IReadOnlyList<AccessToken> ReadKept(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
            using var connection = GeoPackageFunctions.Open(connectionString.ToString());
            return Read(connection, null, "1 = 1");
        }
        catch (Exception e) when (e is SqliteException or StoreUnavailableException or FormatException or InvalidDataException)
        {
            throw new InvalidOperationException(
                $"cannot keep the access tokens of '{path}' through a rebuild ({e.Message}); " +
                "move the file aside to build afresh, then issue new tokens with 'geoplan token create'",
                e);
        }
    }

    // What to select, in one look at the table: null without the table (no rows, so max is NULL), the columns of a file made before
    // tokens could expire, or all of them.
    private static string? ReadableColumns(SqliteConnection connection, SqliteTransaction? transaction) =>
        Sql.Scalar(connection, transaction, $"SELECT max(name = 'expires_at') FROM pragma_table_info('{Table}')") switch
        {
            null => null,
            0L => ColumnsBeforeExpiry,
            _ => Columns,
        };

    private static string Text(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
