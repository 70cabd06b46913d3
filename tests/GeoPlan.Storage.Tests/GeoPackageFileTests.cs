using System.Text.RegularExpressions;
using GeoPlan.Core.Storage;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Testing;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Storage.Tests;

/// <summary>The embedded store's file is a GeoPackage other tools open as is, and its R-tree serves bbox queries.</summary>
public sealed partial class GeoPackageFileTests(GeoPackageFixture fixture) : IClassFixture<GeoPackageFixture>
{
    [SkippableFact]
    public async Task Gdal_lists_every_layer_with_its_feature_count_and_wgs84()
    {
        ExternalTool.Require("ogrinfo", "gdal-bin");

        foreach (var layer in fixture.Dataset.Layers)
        {
            var (exitCode, output, error) = await ExternalTool.RunAsync("ogrinfo", "-ro", "-so", fixture.Path, layer.Id);

            Assert.True(exitCode == 0, error);
            Assert.Contains($"Feature Count: {layer.FeatureCount}", output, StringComparison.Ordinal);
            Assert.Matches(Epsg4326(), output);
            Assert.Contains($"Geometry: {GdalName(layer.GeometryType)}", output, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Gdal_reads_the_plan_tables()
    {
        ExternalTool.Require("ogrinfo", "gdal-bin");

        var (_, tasks, _) = await ExternalTool.RunAsync("ogrinfo", "-ro", "-so", fixture.Path, "plan_tasks");
        var (_, indicators, _) = await ExternalTool.RunAsync("ogrinfo", "-ro", "-so", fixture.Path, "plan_indicators");

        Assert.Contains($"Feature Count: {fixture.Dataset.Tasks.Count}", tasks, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 34", indicators, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_declares_GeoPackage_1_3_and_passes_integrity_and_foreign_key_checks()
    {
        using var connection = new SqliteConnection($"Data Source={fixture.Path};Mode=ReadOnly");
        connection.Open();

        Assert.Equal(0x47504B47L, Scalar(connection, "PRAGMA application_id"));
        Assert.Equal(10300L, Scalar(connection, "PRAGMA user_version"));
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Null(Scalar(connection, "PRAGMA foreign_key_check"));
    }

    [Fact]
    public void Every_layer_has_a_populated_rtree_registered_as_the_gpkg_extension()
    {
        using var connection = new SqliteConnection($"Data Source={fixture.Path};Mode=ReadOnly");
        connection.Open();

        foreach (var layer in fixture.Dataset.Layers)
        {
            Assert.Equal(layer.FeatureCount, Scalar(connection, $"SELECT count(*) FROM rtree_{layer.Id}_geom"));
            Assert.Equal(1L, Scalar(connection, $"SELECT count(*) FROM gpkg_extensions WHERE table_name = '{layer.Id}' AND extension_name = 'gpkg_rtree_index'"));
        }
    }

    [Fact]
    public async Task Bbox_queries_go_through_the_rtree()
    {
        // Emptying the index of a copy must empty bbox answers: the store consults the R-tree, not a table scan.
        using var directory = new TemporaryDirectory();
        var copy = directory.File("copy.gpkg");
        File.Copy(fixture.Path, copy);
        using (var connection = new SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM rtree_rail_stations_geom";
            command.ExecuteNonQuery();
        }

        Assert.True(BoundingBox.TryCreate(123.3, 41.7, 123.6, 41.9, out var centre, out _));
        var query = new FeatureQuery("rail_stations", centre, [], 100, 0);
        var intact = await fixture.Store.QueryAsync(query);
        var withoutIndex = new GeoPackageFeatureStore(copy);

        Assert.NotEmpty(intact.Features);
        Assert.Empty((await withoutIndex.QueryAsync(query)).Features);
        Assert.Equal(
            fixture.Dataset.Features.Count(f => f.Layer == "rail_stations"),
            (await withoutIndex.QueryAsync(query with { Bbox = null })).NumberMatched);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string GdalName(NetTopologySuite.Geometries.OgcGeometryType type) => type switch
    {
        NetTopologySuite.Geometries.OgcGeometryType.MultiPolygon => "Multi Polygon",
        NetTopologySuite.Geometries.OgcGeometryType.MultiLineString => "Multi Line String",
        _ => type.ToString(),
    };

    [GeneratedRegex("""(ID|AUTHORITY)\[\"EPSG\",\"?4326\"?\]\]\s*$""", RegexOptions.Multiline)]
    private static partial Regex Epsg4326();
}
