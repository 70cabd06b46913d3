using GeoPlan.Core.Storage;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;
using Npgsql;

namespace GeoPlan.Storage.Tests;

/// <summary>A PostGIS database of one test's own.</summary>
public sealed class PostGisWritableStore(TemporaryDatabase database) : IWritableStore
{
    private readonly PostGisFeatureStore _store = new(database.DataSource);

    /// <summary>The database written.</summary>
    public TemporaryDatabase Database => database;

    public IFeatureStore Store => _store;

    public IFeatureWriter Writer => _store;

    /// <summary>The store itself, to listen with.</summary>
    public PostGisFeatureStore PostGis => _store;

    /// <summary>The layer tables are exactly the catalogued layers; each has the catalogued count and extent, its ids in the registry,
    /// its key, its link to the registry, a GiST index, and a geometry column of the catalogued type in EPSG:4326.</summary>
    public async Task AssertConsistentAsync()
    {
        var dataSource = database.DataSource;
        var layers = await _store.GetLayersAsync();
        var tables = await PostGisMigrationTests.ColumnAsync<string>(
            dataSource, "SELECT tablename FROM pg_tables WHERE schemaname = 'layers'");
        Assert.Equal(layers.Select(l => l.Id).Order(StringComparer.Ordinal), tables.Order(StringComparer.Ordinal));
        foreach (var layer in layers)
        {
            await using var command = dataSource.CreateCommand($"""
                SELECT (SELECT count(*) FROM layers."{layer.Id}"),
                       (SELECT count(*) FROM geoplan_features WHERE layer = @id),
                       (SELECT count(*) FROM layers."{layer.Id}" t JOIN geoplan_features f ON f.id = t.id AND f.layer = @id),
                       (SELECT string_agg(contype::text, '' ORDER BY contype) FROM pg_constraint
                         WHERE conrelid = 'layers."{layer.Id}"'::regclass AND contype IN ('p', 'f')),
                       (SELECT count(*) FROM pg_indexes
                         WHERE schemaname = 'layers' AND tablename = @id AND indexdef LIKE '%USING gist (geom)'),
                       (SELECT upper(type) || ' ' || srid FROM geometry_columns WHERE f_table_schema = 'layers' AND f_table_name = @id),
                       (SELECT min(ST_XMin(geom)) FROM layers."{layer.Id}"), (SELECT max(ST_XMax(geom)) FROM layers."{layer.Id}"),
                       (SELECT min(ST_YMin(geom)) FROM layers."{layer.Id}"), (SELECT max(ST_YMax(geom)) FROM layers."{layer.Id}")
                """);
            command.Parameters.AddWithValue("id", layer.Id);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(layer.FeatureCount, reader.GetInt64(0));
            Assert.Equal(layer.FeatureCount, reader.GetInt64(1));
            Assert.Equal(layer.FeatureCount, reader.GetInt64(2));
            Assert.Equal("fp", reader.GetString(3));
            Assert.Equal(1L, reader.GetInt64(4));
            Assert.Equal($"{layer.GeometryType.ToString().ToUpperInvariant()} 4326", reader.GetString(5));
            if (layer.Extent is null)
            {
                Assert.True(reader.IsDBNull(6), $"{layer.Id}: features but no extent");
            }
            else
            {
                Assert.Equal(layer.Extent.MinX, reader.GetDouble(6), 9);
                Assert.Equal(layer.Extent.MaxX, reader.GetDouble(7), 9);
                Assert.Equal(layer.Extent.MinY, reader.GetDouble(8), 9);
                Assert.Equal(layer.Extent.MaxY, reader.GetDouble(9), 9);
            }
        }

        Assert.Equal(
            layers.Sum(l => l.FeatureCount),
            (await PostGisMigrationTests.ColumnAsync<long>(dataSource, "SELECT count(*) FROM geoplan_features")).Single());
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();
}
