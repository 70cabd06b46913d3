using GeoPlan.Core.Storage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>The SQL functions a GeoPackage connection needs: the ones the R-tree triggers call, and GeoPlan's exact bbox test.</summary>
internal static class GeoPackageFunctions
{
    private const int SqliteCantOpen = 14;
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

        connection.CreateFunction("ST_IsEmpty", (byte[]? g) => g is null ? (bool?)null : GeoPackageBlob.IsEmpty(g), isDeterministic: true);
        connection.CreateFunction("ST_MinX", (byte[]? g) => g is null ? (double?)null : GeoPackageBlob.Envelope(g).MinX, isDeterministic: true);
        connection.CreateFunction("ST_MaxX", (byte[]? g) => g is null ? (double?)null : GeoPackageBlob.Envelope(g).MaxX, isDeterministic: true);
        connection.CreateFunction("ST_MinY", (byte[]? g) => g is null ? (double?)null : GeoPackageBlob.Envelope(g).MinY, isDeterministic: true);
        connection.CreateFunction("ST_MaxY", (byte[]? g) => g is null ? (double?)null : GeoPackageBlob.Envelope(g).MaxY, isDeterministic: true);
        connection.CreateFunction("geoplan_intersects_box", (byte[]? g, double minX, double minY, double maxX, double maxY) =>
            g is not null && GeoPackageBlob.Decode(g).Intersects(Factory.ToGeometry(new Envelope(minX, maxX, minY, maxY))), isDeterministic: true);
        return connection;
    }
}
