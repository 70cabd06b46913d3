using GeoPlan.Testing;
using Npgsql;

namespace GeoPlan.Server.Tests;

/// <summary>A PostGIS store the service cannot use is one clear log line and exit code 1, never a stack trace.</summary>
public sealed class PostGisStartupTests
{
    [SkippableTheory]
    [InlineData("Colour=blue", "Cannot start: the PostgreSQL connection string is not valid")]
    [InlineData("", "Cannot start: GeoPlan:Store is postgis but ConnectionStrings:GeoPlan is not set")]
    [InlineData("database:nope", "Cannot use the PostGIS store: database \"geoplan_no_such_database\" does not exist")]
    public async Task A_store_it_cannot_use_stops_the_service_with_one_line(string connectionString, string expected)
    {
        var server = TestPostGis.Require();
        if (connectionString == "database:nope")
        {
            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = "geoplan_no_such_database" }.ToString();
        }

        await using var process = ServerProcess.Start(
            ["--urls", $"http://127.0.0.1:{ServerProcess.FreePort()}"],
            new Dictionary<string, string> { ["GeoPlan__Store"] = "postgis", ["ConnectionStrings__GeoPlan"] = connectionString });

        Assert.Equal(1, await process.ExitCodeAsync());
        Assert.Contains(expected, process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Output, StringComparison.Ordinal);
    }
}
