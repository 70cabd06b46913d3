using System.Globalization;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoPlan.Interchange.Writing;

/// <summary>Writes an OGC GeoPackage 1.3 with one feature table: the target CRS registered in gpkg_spatial_ref_sys by its WKT, typed
/// columns, and an R-tree spatial index with the triggers the specification prescribes.</summary>
/// <remarks>SQLite needs a file: the GeoPackage is built in a temporary folder, copied to the output, and deleted.</remarks>
public sealed class GeoPackageExportWriter : IExportWriter
{
    private const string GeometryColumn = "geom";

    /// <inheritdoc />
    public ExportFormat Format => ExportFormat.GeoPackage;

    /// <inheritdoc />
    public async Task<ExportSummary> WriteAsync(
        LayerInfo layer,
        IAsyncEnumerable<PlanFeature> features,
        CrsDefinition crs,
        Stream output,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(output);
        var target = new ExportCrs(crs);
        using var folder = new TemporaryFolder();
        var file = folder.File($"{layer.Id}.gpkg");
        long count;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            // The file is private until it is copied out, so it needs no journal: a failed export is deleted whole.
            Execute(connection, null, GeoPackageExportSchema.Header + " PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            CreateTables(connection, transaction, layer, target);
            (count, var extent) = await InsertFeaturesAsync(connection, transaction, layer, target, features, cancellationToken);
            Execute(
                connection,
                transaction,
                "UPDATE gpkg_contents SET min_x = $minX, min_y = $minY, max_x = $maxX, max_y = $maxY",
                ("$minX", extent.IsNull ? null : extent.MinX),
                ("$minY", extent.IsNull ? null : extent.MinY),
                ("$maxX", extent.IsNull ? null : extent.MaxX),
                ("$maxY", extent.IsNull ? null : extent.MaxY));
            Execute(connection, transaction, GeoPackageRtreeIndex.Triggers(layer.Id, GeometryColumn));
            await transaction.CommitAsync(cancellationToken);
        }

        await using (var built = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true))
        {
            await built.CopyToAsync(output, cancellationToken);
        }

        return ExportSummary.Plain(count);
    }

    private static void CreateTables(SqliteConnection connection, SqliteTransaction transaction, LayerInfo layer, ExportCrs target)
    {
        Execute(connection, transaction, GeoPackageExportSchema.CoreTables);
        var (organization, code) = target.Authority;
        var srsId = SrsId(target);
        if (srsId != 4326)
        {
            Execute(
                connection,
                transaction,
                "INSERT INTO gpkg_spatial_ref_sys VALUES ($name, $id, $organization, $code, $definition, $description)",
                ("$name", target.Definition.Name),
                ("$id", srsId),
                ("$organization", organization),
                ("$code", code),
                ("$definition", CrsWkt.Ogc(target)),
                ("$description", $"{target.Definition.Name} ({target.Definition.Uri})"));
        }

        var geometryType = layer.GeometryType.ToString().ToUpperInvariant();
        Execute(
            connection,
            transaction,
            """
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
              VALUES ($table, 'features', $table, $description, $srs);
            INSERT INTO gpkg_geometry_columns VALUES ($table, $column, $type, $srs, 0, 0);
            INSERT INTO gpkg_extensions
              VALUES ($table, $column, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
            """,
            ("$table", layer.Id),
            ("$description", $"{layer.TitleZh} {layer.TitleEn}: {layer.Description}"),
            ("$srs", srsId),
            ("$column", GeometryColumn),
            ("$type", geometryType));
        Execute(connection, transaction, GeoPackageExportSchema.FeatureTable(layer, GeometryColumn, ExportColumns.Of(layer)));
    }

    private static async Task<(long Count, Envelope Extent)> InsertFeaturesAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        LayerInfo layer,
        ExportCrs target,
        IAsyncEnumerable<PlanFeature> features,
        CancellationToken cancellationToken)
    {
        var columns = ExportColumns.Of(layer);
        var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
        var srsId = SrsId(target);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        var names = string.Join(", ", columns.Select(c => GeoPackageExportSchema.Quote(c.Name)));
        var parameters = string.Join(", ", columns.Select((_, i) => Parameter(i)));
        insert.CommandText = $"""
            INSERT INTO {GeoPackageExportSchema.Quote(layer.Id)} ({GeometryColumn}, {names}) VALUES ($geom, {parameters});
            SELECT last_insert_rowid();
            """;
        var geometry = insert.Parameters.Add("$geom", SqliteType.Blob);
        // Value parameters take their SQLite type from each value, so integers stay integers and reals stay reals.
        var values = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter { ParameterName = Parameter(i) })).ToList();
        await using var index = connection.CreateCommand();
        index.Transaction = transaction;
        var rtree = GeoPackageExportSchema.Quote(GeoPackageRtreeIndex.Table(layer.Id, GeometryColumn));
        index.CommandText = $"INSERT INTO {rtree} VALUES ($fid, $minX, $maxX, $minY, $maxY)";
        var fid = index.Parameters.Add("$fid", SqliteType.Integer);
        var (minX, maxX, minY, maxY) = (index.Parameters.Add("$minX", SqliteType.Real), index.Parameters.Add("$maxX", SqliteType.Real),
            index.Parameters.Add("$minY", SqliteType.Real), index.Parameters.Add("$maxY", SqliteType.Real));

        long count = 0;
        var extent = new Envelope();
        await foreach (var feature in features.WithCancellation(cancellationToken))
        {
            var shape = target.Project(ExportGeometry.Fit(layer, feature));
            if (shape.SRID != srsId)
            {
                shape = shape.Copy();
                shape.SRID = srsId;
            }

            geometry.Value = writer.Write(shape);
            for (var i = 0; i < columns.Count; i++)
            {
                values[i].Value = ExportColumns.ValueOf(feature, columns[i]) ?? DBNull.Value;
            }

            var rowId = (long)insert.ExecuteScalar()!;
            // The R-tree triggers call ST_ functions a reader provides; the rows they would add are added here, the triggers created last.
            if (!shape.IsEmpty)
            {
                var box = shape.EnvelopeInternal;
                extent.ExpandToInclude(box);
                (fid.Value, minX.Value, maxX.Value, minY.Value, maxY.Value) = (rowId, box.MinX, box.MaxX, box.MinY, box.MaxY);
                index.ExecuteNonQuery();
            }

            count++;
        }

        return (count, extent);
    }

    // GeoPackage keys a CRS by srs_id; GeoPlan uses the EPSG number, so CRS84 and EPSG:4326 share the prescribed 4326 row.
    private static int SrsId(ExportCrs target) => target.IsWgs84 ? 4326 : target.Authority.Code;

    private static string Parameter(int column) => "$c" + column.ToString(CultureInfo.InvariantCulture);

    private static void Execute(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
