using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>Makes sure the PostGIS extension is there, turning a failure into <see cref="PostGisMissingException"/>.</summary>
internal static class PostGisExtension
{
    /// <summary>Creates the extension when the database lacks it; inside the caller's transaction.</summary>
    public static async Task EnsureAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis')", connection);
        if ((bool)(await command.ExecuteScalarAsync(ct))!)
        {
            return;
        }

        try
        {
            command.CommandText = "CREATE EXTENSION IF NOT EXISTS postgis";
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e)
        {
            throw new PostGisMissingException(connection.Database, e.MessageText, e);
        }
    }
}
