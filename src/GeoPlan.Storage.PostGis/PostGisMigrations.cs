using System.Globalization;
using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>Brings a database's schema up to date from the versioned SQL scripts embedded in this assembly.</summary>
/// <remarks>Each script runs in its own transaction and is recorded in <c>geoplan_schema_version</c>; running again applies nothing.</remarks>
public static class PostGisMigrations
{
    // Any constant works, as long as every GeoPlan migrator takes the same lock.
    private const long MigrationLock = 0x6765_6F70_6C61_6E01;

    /// <summary>Applies the scripts the database lacks, in version order, and returns the versions applied.</summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var applied = new List<int>();
        foreach (var (version, sql) in Scripts())
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            // Concurrent callers (several servers starting at once) queue here; the later ones find the version recorded.
            await ExecuteAsync(connection, """
                SELECT pg_advisory_xact_lock(@lock);
                CREATE TABLE IF NOT EXISTS geoplan_schema_version (
                  version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
                """, ct, ("lock", MigrationLock));
            if (await IsAppliedAsync(connection, version, ct))
            {
                continue;
            }

            await PostGisExtension.EnsureAsync(connection, ct);
            await ExecuteAsync(connection, sql, ct);
            await ExecuteAsync(connection, "INSERT INTO geoplan_schema_version (version) VALUES (@version)", ct, ("version", version));
            await transaction.CommitAsync(ct);
            applied.Add(version);
        }

        if (applied.Count > 0)
        {
            // The data source learnt the database's types when it first connected, perhaps before PostGIS existed.
            await connection.ReloadTypesAsync(ct);
        }

        return applied;
    }

    /// <summary>The versions of the embedded scripts, in the order they apply.</summary>
    public static IReadOnlyList<int> Versions => Scripts().Select(s => s.Version).ToList();

    /// <summary>The embedded scripts, <c>NNNN_name.sql</c>, by version.</summary>
    private static IEnumerable<(int Version, string Sql)> Scripts()
    {
        var assembly = typeof(PostGisMigrations).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Migrations.", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => (Version: int.Parse(name.AsSpan("Migrations.".Length, 4), CultureInfo.InvariantCulture), Name: name))
            .OrderBy(script => script.Version)
            .Select(script =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(script.Name)!);
                return (script.Version, reader.ReadToEnd());
            });
    }

    private static async Task<bool> IsAppliedAsync(NpgsqlConnection connection, int version, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM geoplan_schema_version WHERE version = @version)", connection);
        command.Parameters.AddWithValue("version", version);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(ct);
    }
}
