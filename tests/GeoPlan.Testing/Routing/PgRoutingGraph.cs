using System.Globalization;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace GeoPlan.Testing.Routing;

/// <summary>A table of directed edges in PostGIS, and pgRouting's <c>pgr_drivingDistance</c> over it, as pgRouting users run it.</summary>
/// <remarks>One row per direction (id, source, target, cost) and no reverse_cost, so the graph is exactly the edges given;
/// each row also holds its source vertex as a point (EPSG:4550, GiST-indexed) for edge SQL that keeps only the edges in reach.</remarks>
public sealed class PgRoutingGraph
{
    private PgRoutingGraph(string table) => Table = table;

    /// <summary>The edge table's name.</summary>
    public string Table { get; }

    /// <summary>The edge SQL pgRouting runs on every call: all edges, or those starting inside <paramref name="within"/> (metres).</summary>
    public string EdgesSql(Envelope? within = null) => within is null
        ? $"SELECT id, source, target, cost FROM {Table}"
        : string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT id, source, target, cost FROM {Table} WHERE geom && ST_MakeEnvelope({within.MinX}, {within.MinY}, {within.MaxX}, {within.MaxY}, 4550)");

    /// <summary>Creates pgRouting in the database when missing; fails saying how to install it.</summary>
    public static async Task RequireExtensionAsync(NpgsqlConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            await ExecuteAsync(connection, "CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedFile)
        {
            throw new InvalidOperationException(
                $"pgRouting is not installed on the test server ({e.MessageText}); install postgresql-15-pgrouting or use tools/postgis.sh", e);
        }
    }

    /// <summary>Creates <paramref name="table"/> (replacing one of that name) and copies the edges into it, ids from 1.</summary>
    public static async Task<PgRoutingGraph> WriteAsync(NpgsqlConnection connection, string table, IEnumerable<RoutingEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(edges);
        await ExecuteAsync(connection, $"""
            DROP TABLE IF EXISTS {table};
            CREATE TABLE {table} (id bigint PRIMARY KEY, source bigint NOT NULL, target bigint NOT NULL, cost double precision NOT NULL,
              x double precision NOT NULL, y double precision NOT NULL,
              geom geometry(Point, 4550) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(x, y), 4550)) STORED)
            """);
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {table} (id, source, target, cost, x, y) FROM STDIN (FORMAT BINARY)"))
        {
            var id = 0L;
            foreach (var edge in edges)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(++id, NpgsqlDbType.Bigint);
                await writer.WriteAsync(edge.Source, NpgsqlDbType.Bigint);
                await writer.WriteAsync(edge.Target, NpgsqlDbType.Bigint);
                await writer.WriteAsync(edge.Cost, NpgsqlDbType.Double);
                await writer.WriteAsync(edge.SourceX, NpgsqlDbType.Double);
                await writer.WriteAsync(edge.SourceY, NpgsqlDbType.Double);
            }

            await writer.CompleteAsync();
        }

        await ExecuteAsync(connection, $"CREATE INDEX ON {table} USING gist (geom); ANALYZE {table}");
        return new PgRoutingGraph(table);
    }

    /// <summary>The cost to every vertex within <paramref name="cutoff"/> of each start (directed), from one multi-start call.</summary>
    public async Task<IReadOnlyDictionary<long, Dictionary<long, double>>> DrivingDistanceAsync(
        NpgsqlConnection connection, IReadOnlyList<long> starts, double cutoff, Envelope? within = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(starts);
        await using var command = new NpgsqlCommand(
            "SELECT from_v, node, agg_cost FROM pgr_drivingDistance(@edges, @starts, @cutoff, directed := true, equicost := false)", connection);
        command.Parameters.AddWithValue("edges", EdgesSql(within));
        command.Parameters.AddWithValue("starts", starts.ToArray());
        command.Parameters.AddWithValue("cutoff", cutoff);
        command.CommandTimeout = 0;
        var reached = starts.Distinct().ToDictionary(s => s, _ => new Dictionary<long, double>());
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            reached[reader.GetInt64(0)][reader.GetInt64(1)] = reader.GetDouble(2);
        }

        return reached;
    }

    /// <summary>How many vertices one start reaches within <paramref name="cutoff"/> and the sum of their costs, the whole answer
    /// computed in the server but only two numbers sent back: what a benchmark of the search itself times.</summary>
    public async Task<(long Reached, double CostSum)> DrivingDistanceSummaryAsync(
        NpgsqlConnection connection, long start, double cutoff, Envelope? within = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand(
            "SELECT count(*), coalesce(sum(agg_cost), 0) FROM pgr_drivingDistance(@edges, @start, @cutoff, directed := true)", connection);
        command.Parameters.AddWithValue("edges", EdgesSql(within));
        command.Parameters.AddWithValue("start", start);
        command.Parameters.AddWithValue("cutoff", cutoff);
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetDouble(1));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
