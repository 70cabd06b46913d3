using GeoPlan.Core.Model;
using GeoPlan.Core.Security;
using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>The access tokens in <c>access_tokens</c> (migrations 0003 and 0005).</summary>
internal static class AccessTokenTable
{
    private const string Columns = "id, name, role, created_at, revoked_at, hash, expires_at";

    /// <summary>Adds a valid token issued now, its time to the millisecond as in every store, expiring at <paramref name="expiresAt"/>
    /// (never when null).</summary>
    /// <exception cref="AccessTokenNameTakenException">A valid token has that name already.</exception>
    public static async Task<AccessToken> CreateAsync(
        NpgsqlConnection connection, string name, AccessRole role, string hash, DateTimeOffset? expiresAt, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO access_tokens (name, role, hash, created_at, expires_at)
            VALUES (@name, @role, @hash, date_trunc('milliseconds', now()), @expires)
            RETURNING {Columns}
            """,
            connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("role", WireName.Of(role));
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.Add(new NpgsqlParameter<DateTime?>("expires", NpgsqlTypes.NpgsqlDbType.TimestampTz) { TypedValue = expiresAt?.UtcDateTime });
        try
        {
            return (await ReadAsync(command, ct)).Single();
        }
        catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "access_tokens_valid_name" })
        {
            throw new AccessTokenNameTakenException(name);
        }
    }

    /// <summary>The tokens meeting <paramref name="condition"/> (SQL with an optional @key), in id order.</summary>
    public static async Task<List<AccessToken>> ReadAsync(NpgsqlConnection connection, string condition, object? key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM access_tokens WHERE {condition} ORDER BY id", connection);
        if (key is not null)
        {
            command.Parameters.AddWithValue("key", key);
        }

        return await ReadAsync(command, ct);
    }

    /// <summary>Sets the revocation time of an unrevoked token, and returns the token as it now is; null when there is none.</summary>
    public static async Task<AccessToken?> RevokeAsync(NpgsqlConnection connection, long id, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE access_tokens SET revoked_at = date_trunc('milliseconds', now()) WHERE id = @key AND revoked_at IS NULL;
            SELECT {Columns} FROM access_tokens WHERE id = @key;
            """,
            connection);
        command.Parameters.AddWithValue("key", id);
        return (await ReadAsync(command, ct)).SingleOrDefault();
    }

    private static async Task<List<AccessToken>> ReadAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var tokens = new List<AccessToken>();
        do
        {
            while (await reader.ReadAsync(ct))
            {
                tokens.Add(new AccessToken(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    WireName.Parse<AccessRole>(reader.GetString(2)),
                    Utc(reader, 3),
                    reader.IsDBNull(4) ? null : Utc(reader, 4),
                    reader.GetString(5))
                {
                    ExpiresAt = reader.IsDBNull(6) ? null : Utc(reader, 6),
                });
            }
        }
        while (await reader.NextResultAsync(ct));

        return tokens;
    }

    private static DateTimeOffset Utc(NpgsqlDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));
}
