using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;
using Npgsql;

namespace GeoPlan.Storage.Tests;

/// <summary>A wrong connection string or a database without PostGIS gives one sentence saying which.</summary>
public sealed class PostGisErrorTests
{
    [SkippableFact]
    public async Task A_port_nobody_listens_on_is_unreachable_with_connection_refused()
    {
        var server = new NpgsqlConnectionStringBuilder(TestPostGis.Require()) { Port = 1, Timeout = 5 };

        var error = await FailureAsync(server.ToString());

        Assert.Equal("cannot reach PostgreSQL at 127.0.0.1:1 (connection refused)", error);
    }

    [SkippableFact]
    public async Task A_missing_database_is_named()
    {
        var server = new NpgsqlConnectionStringBuilder(TestPostGis.Require()) { Database = "geoplan_no_such_database" };

        Assert.Equal("database \"geoplan_no_such_database\" does not exist", await FailureAsync(server.ToString()));
    }

    [SkippableFact]
    public async Task An_unknown_user_is_named()
    {
        var server = new NpgsqlConnectionStringBuilder(TestPostGis.Require()) { Username = "geoplan_no_such_user" };

        Assert.Equal("role \"geoplan_no_such_user\" does not exist", await FailureAsync(server.ToString()));
    }

    [SkippableFact]
    public async Task A_database_where_postgis_cannot_be_created_says_so()
    {
        // A role that owns its database but may not create PostGIS, an untrusted extension, in it.
        await using var database = await TemporaryDatabase.CreateAsync(TestPostGis.Require());
        var role = "geoplan_owner_" + Guid.NewGuid().ToString("N")[..8];
        var bare = database.Name + "_bare";
        await database.ExecuteOnServerAsync($"CREATE ROLE {role} LOGIN");
        try
        {
            await database.ExecuteOnServerAsync($"CREATE DATABASE {bare} OWNER {role}");
            var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = bare, Username = role, Pooling = false };

            var error = await FailureAsync(connection.ToString());

            Assert.Equal($"PostGIS is not installed in database {bare} (CREATE EXTENSION postgis failed: permission denied to create extension \"postgis\")", error);
        }
        finally
        {
            await database.ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {bare} WITH (FORCE)");
            await database.ExecuteOnServerAsync($"DROP ROLE {role}");
        }
    }

    [Fact]
    public void Unrelated_exceptions_are_not_described()
    {
        Assert.Null(PostGisErrors.Describe(new InvalidOperationException("no")));
        Assert.Null(PostGisErrors.Describe(new ArgumentException("no", new FormatException())));
    }

    private static async Task<string?> FailureAsync(string connectionString)
    {
        await using var dataSource = PostGisDataSource.Create(connectionString);
        var failure = await Record.ExceptionAsync(() => PostGisMigrations.ApplyAsync(dataSource));
        Assert.NotNull(failure);
        return PostGisErrors.Describe(failure);
    }
}
