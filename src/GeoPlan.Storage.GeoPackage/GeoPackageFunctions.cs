using GeoPlan.Core.Storage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>Opens GeoPackage connections with the SQL functions they need: the ones the R-tree triggers call, and GeoPlan's exact
/// bbox test.</summary>
internal static class GeoPackageFunctions
{
    private const int SqliteCantOpen = 14;
    private const int SqliteReadOnlyRollback = 776;
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>Opens a connection and registers the functions on it.</summary>
    public static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteCantOpen)
        {
            var message = $"cannot open the GeoPackage {connection.DataSource}: {e.Message}";
            connection.Dispose();
            throw new StoreUnavailableException(message, e);
        }

        Register(connection);
        return connection;
    }

    /// <summary>Opens a read-only connection, first rolling back, through a writable one, an import whose process died mid-way: SQLite
    /// reads nothing until that is done, and a read-only connection cannot do it.</summary>
    public static SqliteConnection OpenReadOnly(string connectionString, string path)
    {
        var connection = Open(connectionString);
        try
        {
            // Reading the schema version takes the read lock at which SQLite looks for a journal left hot by a dead writer.
            using var probe = connection.CreateCommand();
            probe.CommandText = "PRAGMA schema_version";
            probe.ExecuteScalar();
            return connection;
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == SqliteReadOnlyRollback)
        {
            connection.Dispose();
        }

        try
        {
            var readWrite = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
            using var writable = new SqliteConnection(readWrite.ToString());
            writable.Open();
            using var rollback = writable.CreateCommand();
            rollback.CommandText = "PRAGMA schema_version";
            rollback.ExecuteScalar();
        }
        catch (SqliteException e)
        {
            throw new StoreUnavailableException(
                $"the GeoPackage {path} holds an import whose process died mid-way, and it cannot be rolled back from here " +
                $"({e.Message}); open it once with write access, e.g. by starting the server on it, to roll it back",
                e);
        }

        return Open(connectionString);
    }

    private static void Register(SqliteConnection connection)
    {
        connection.CreateFunction("ST_IsEmpty", (byte[]? g) => g is null ? (bool?)null : GeoPackageBlob.IsEmpty(g), isDeterministic: true);
        connection.CreateFunction("ST_MinX", (byte[]? g) => g is null ? (double?)null : GeoPackageBlob.Envelope(g).MinX, isDeterministic: true);
        connection.CreateFunction("ST_MaxX", (byte[]? g) => g is null ? (double?)null : GeoPackageBlob.Envelope(g).MaxX, isDeterministic: true);
        connection.CreateFunction("ST_MinY", (byte[]? g) => g is null ? (double?)null : GeoPackageBlob.Envelope(g).MinY, isDeterministic: true);
        connection.CreateFunction("ST_MaxY", (byte[]? g) => g is null ? (double?)null : GeoPackageBlob.Envelope(g).MaxY, isDeterministic: true);
        connection.CreateFunction("geoplan_intersects_box", (byte[]? g, double minX, double minY, double maxX, double maxY) =>
            g is not null && GeoPackageBlob.Decode(g).Intersects(Factory.ToGeometry(new Envelope(minX, maxX, minY, maxY))), isDeterministic: true);
    }
}
