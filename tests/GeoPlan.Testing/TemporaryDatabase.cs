using GeoPlan.Storage.PostGis;
using Npgsql;

namespace GeoPlan.Testing;

/// <summary>A fresh database with PostGIS on the test server, dropped on dispose, so test classes never see each other's data.</summary>
public sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private TemporaryDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ToString();
        DataSource = PostGisDataSource.Create(ConnectionString);
    }

    /// <summary>The database's name, geoplan_ and a GUID.</summary>
    public string Name { get; }

    /// <summary>A connection string to the database.</summary>
    public string ConnectionString { get; }

    /// <summary>A data source for the database, with NetTopologySuite geometry.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Creates the database on the server <paramref name="serverConnectionString"/> names, and PostGIS in it.</summary>
    public static async Task<TemporaryDatabase> CreateAsync(string serverConnectionString)
    {
        var database = new TemporaryDatabase(serverConnectionString, $"geoplan_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database.Name}");
        // Through its own connection: the data source must first connect after PostGIS exists, to learn the geometry type.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS postgis", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>A new temporary database holding what this one holds now, copied by PostgreSQL as from a template: far quicker than
    /// loading it again. Closes this database's idle pooled connections; none may be in use.</summary>
    public async Task<TemporaryDatabase> CopyAsync()
    {
        DataSource.Clear();
        var copy = new TemporaryDatabase(_serverConnectionString, $"geoplan_{Guid.NewGuid():N}");
        await ExecuteOnServerAsync($"CREATE DATABASE {copy.Name} TEMPLATE {Name}");
        return copy;
    }

    /// <summary>Runs a statement on the server's maintenance database (for roles and databases).</summary>
    public async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_serverConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }
}
