using GeoPlan.Core.Storage;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Testing;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoPlan.Storage.Tests;

/// <summary>A GeoPackage file of one test's own, opened for writing.</summary>
public sealed class GeoPackageWritableStore : IWritableStore
{
    private readonly TemporaryDirectory _directory;
    private readonly GeoPackageFeatureStore _store;

    private GeoPackageWritableStore(TemporaryDirectory directory, string path)
    {
        _directory = directory;
        Path = path;
        _store = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite);
    }

    /// <summary>The file written.</summary>
    public string Path { get; }

    public IFeatureStore Store => _store;

    public IFeatureWriter Writer => _store;

    /// <summary>A store on a copy of <paramref name="template"/>.</summary>
    public static GeoPackageWritableStore CopyOf(string template)
    {
        var directory = new TemporaryDirectory();
        var path = directory.File("geoplan.gpkg");
        File.Copy(template, path);
        return new GeoPackageWritableStore(directory, path);
    }

    public Task AssertConsistentAsync()
    {
        AssertConsistent(Path);
        return Task.CompletedTask;
    }

    /// <summary>Runs <paramref name="sql"/> on the file directly, as another program would, outside any store.</summary>
    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The file passes SQLite's integrity and foreign key checks, and each collection has its registrations, its six R-tree
    /// triggers, and an R-tree holding exactly its rows' boxes; the recorded extents are the features'.</summary>
    public static void AssertConsistent(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Null(Scalar(connection, "PRAGMA foreign_key_check"));

        var layers = Column(connection, "SELECT id FROM geoplan_layers ORDER BY ordinal");
        Assert.Equal(
            layers.Order(StringComparer.Ordinal),
            Column(connection, "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").Order(StringComparer.Ordinal));
        foreach (var layer in layers)
        {
            var rtree = $"rtree_{layer}_geom";
            Assert.Equal("ok", Scalar(connection, $"SELECT rtreecheck('{rtree}')"));
            Assert.Equal(1L, Count(connection, "gpkg_geometry_columns", $"table_name = '{layer}' AND srs_id = 4326"));
            Assert.Equal(1L, Count(connection, "gpkg_extensions", $"table_name = '{layer}' AND extension_name = 'gpkg_rtree_index'"));
            Assert.Equal(6L, Count(connection, "sqlite_master", $"type = 'trigger' AND tbl_name = '{layer}'"));
            Assert.Equal(0L, Count(connection, $"\"{rtree}\" r", $"NOT EXISTS (SELECT 1 FROM \"{layer}\" t WHERE t.fid = r.id)"));

            var extent = new Envelope();
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT t.geom, r.minx, r.maxx, r.miny, r.maxy FROM "{layer}" t LEFT JOIN "{rtree}" r ON r.id = t.fid
                """;
            using var reader = command.ExecuteReader();
            var blobs = new GeoPackageGeoReader { HandleOrdinates = Ordinates.XY };
            while (reader.Read())
            {
                var box = blobs.Read((byte[])reader.GetValue(0)).EnvelopeInternal;
                extent.ExpandToInclude(box);
                // The R-tree keeps 32-bit floats, rounded outwards.
                Assert.False(reader.IsDBNull(1), $"{layer}: a feature is missing from the R-tree");
                Assert.InRange(box.MinX - reader.GetDouble(1), 0, 1e-4);
                Assert.InRange(reader.GetDouble(2) - box.MaxX, 0, 1e-4);
                Assert.InRange(box.MinY - reader.GetDouble(3), 0, 1e-4);
                Assert.InRange(reader.GetDouble(4) - box.MaxY, 0, 1e-4);
            }

            using var contents = connection.CreateCommand();
            contents.CommandText = $"SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = '{layer}'";
            using var recorded = contents.ExecuteReader();
            Assert.True(recorded.Read());
            if (extent.IsNull)
            {
                Assert.True(recorded.IsDBNull(0), $"{layer}: an empty collection has no extent");
            }
            else
            {
                var stored = new Envelope(recorded.GetDouble(0), recorded.GetDouble(1), recorded.GetDouble(2), recorded.GetDouble(3));
                Assert.Equal(extent, stored);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static object? Count(SqliteConnection connection, string table, string condition) =>
        Scalar(connection, $"SELECT count(*) FROM {table} WHERE {condition}");

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
