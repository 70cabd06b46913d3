using GeoPlan.Core.Crs;
using GeoPlan.Interchange.Writing;
using GeoPlan.Testing;
using GeoPlan.Testing.Export;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Interchange.Tests.Export;

public sealed class GeoPackageExportTests
{
    private const string Validator = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py";

    [SkippableFact]
    public async Task Gdals_geopackage_validator_accepts_an_export_in_a_projected_crs()
    {
        ExternalTool.RequirePath(Validator, "install Debian's python3-gdal (gdal-bin brings it)");
        var layer = BundledLayer.Named("parks");
        using var directory = new TemporaryDirectory();
        var path = directory.File("parks.gpkg");
        await layer.ExportAsync(ExportFormat.GeoPackage, CrsRegistry.Cgcs2000Gk123, path);

        var (exitCode, output, error) = await ExternalTool.RunAsync("python3", Validator, path);

        Assert.True(exitCode == 0 && error.Length == 0, output + error);
    }

    [Fact]
    public async Task The_target_crs_is_registered_and_every_feature_is_in_the_rtree()
    {
        var layer = BundledLayer.Named("rail_stations");
        using var directory = new TemporaryDirectory();
        var path = directory.File("rail_stations.gpkg");
        await layer.ExportAsync(ExportFormat.GeoPackage, CrsRegistry.Cgcs2000Gk123, path);

        var readOnly = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly };
        await using var connection = new SqliteConnection(readOnly.ToString());
        await connection.OpenAsync();
        Assert.Equal(
            "EPSG 4550",
            await ScalarAsync(
                connection, "SELECT organization || ' ' || organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = 4550"));
        Assert.Equal(4550L, await ScalarAsync(connection, "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'rail_stations'"));
        Assert.Equal((long)layer.Features.Count, await ScalarAsync(connection, "SELECT count(*) FROM rtree_rail_stations_geom"));
        Assert.Equal(
            6L,
            await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_rail_stations_geom_%'"));
        // The extent is in metres of the target CRS, east of the false easting of 500 km at Shenyang's latitude.
        Assert.True((double)(await ScalarAsync(connection, "SELECT min_y FROM gpkg_contents"))! > 4_000_000);
    }

    public static TheoryData<string> RegisteredCrs() => new(CrsRegistry.All.Select(c => c.Code));

    [SkippableTheory]
    [MemberData(nameof(RegisteredCrs))]
    public async Task Gdal_identifies_the_crs_of_every_registered_crs_by_its_epsg_code(string code)
    {
        Assert.True(CrsRegistry.TryFind(code, out var crs));
        var layer = BundledLayer.Named("parks");
        using var directory = new TemporaryDirectory();
        var path = directory.File("parks.gpkg");
        await layer.ExportAsync(ExportFormat.GeoPackage, crs, path);

        var summary = await GdalReader.SummaryAsync(path);

        Assert.Contains($"ID[\"EPSG\",{crs.Srid}]]", summary, StringComparison.Ordinal);
        Assert.Contains($"Feature Count: {layer.Features.Count}", summary, StringComparison.Ordinal);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
