using GeoPlan.Core.Model;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>The feature layers a GeoPlan GeoPackage holds: each a row of <c>geoplan_layers</c>, its <c>gpkg_contents</c> and
/// <c>gpkg_geometry_columns</c> registration, its table and its R-tree.</summary>
internal static class LayerRegistry
{
    /// <summary>Every layer in display order, with its fields read from its table and its count from its rows.</summary>
    public static List<LayerInfo> Read(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT l.id, l.title_zh, l.title_en, l.description, g.geometry_type_name, c.min_x, c.min_y, c.max_x, c.max_y
            FROM geoplan_layers l
            JOIN gpkg_contents c ON c.table_name = l.id
            JOIN gpkg_geometry_columns g ON g.table_name = l.id
            ORDER BY l.ordinal
            """;
        var rows = new List<(string Id, string TitleZh, string TitleEn, string Description, string Type, Envelope? Extent)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var extent = reader.IsDBNull(5)
                    ? null
                    : new Envelope(reader.GetDouble(5), reader.GetDouble(7), reader.GetDouble(6), reader.GetDouble(8));
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), extent));
            }
        }

        return rows.Select(r => new LayerInfo(
            r.Id,
            r.TitleZh,
            r.TitleEn,
            r.Description,
            Enum.GetValues<OgcGeometryType>().First(t => t.ToString().Equals(r.Type, StringComparison.OrdinalIgnoreCase)),
            ReadFields(connection, transaction, r.Id),
            r.Extent,
            (long)Sql.Scalar(connection, transaction, $"SELECT count(*) FROM {Sql.Quote(r.Id)}")!)).ToList();
    }

    /// <summary>Registers a layer after the others, or at <paramref name="ordinal"/>, and creates its table, R-tree and triggers.</summary>
    public static void Add(SqliteConnection connection, SqliteTransaction transaction, LayerInfo layer, long? ordinal = null)
    {
        var extent = layer.Extent;
        Sql.Execute(
            connection,
            transaction,
            """
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
            VALUES ($id, 'features', $id, $description, $minX, $minY, $maxX, $maxY, 4326);
            INSERT INTO geoplan_layers VALUES (
              $id, coalesce($ordinal, (SELECT max(ordinal) + 1 FROM geoplan_layers), 0), $titleZh, $titleEn, $description);
            """,
            ("$id", layer.Id),
            ("$description", layer.Description),
            ("$minX", extent?.MinX),
            ("$minY", extent?.MinY),
            ("$maxX", extent?.MaxX),
            ("$maxY", extent?.MaxY),
            ("$ordinal", ordinal),
            ("$titleZh", layer.TitleZh),
            ("$titleEn", layer.TitleEn));
        Sql.Execute(connection, transaction, GeoPackageSchema.LayerTable(layer));
    }

    /// <summary>Drops a layer's table (its triggers go with it), its R-tree and its registrations; returns its display position.</summary>
    public static long Remove(SqliteConnection connection, SqliteTransaction transaction, string layerId)
    {
        var ordinal = (long)Sql.Scalar(connection, transaction, "SELECT ordinal FROM geoplan_layers WHERE id = $id", ("$id", layerId))!;
        Sql.Execute(
            connection,
            transaction,
            $"""
            DROP TABLE {Sql.Quote(layerId)};
            DROP TABLE {Sql.Quote(Sql.RtreeTable(layerId))};
            DELETE FROM gpkg_extensions WHERE table_name = $id;
            DELETE FROM gpkg_geometry_columns WHERE table_name = $id;
            DELETE FROM gpkg_contents WHERE table_name = $id;
            DELETE FROM geoplan_layers WHERE id = $id;
            """,
            ("$id", layerId));
        return ordinal;
    }

    /// <summary>Records a layer's extent in <c>gpkg_contents</c>, and that it changed now.</summary>
    public static void SetExtent(SqliteConnection connection, SqliteTransaction transaction, string layerId, Envelope? extent) =>
        Sql.Execute(
            connection,
            transaction,
            """
            UPDATE gpkg_contents SET min_x = $minX, min_y = $minY, max_x = $maxX, max_y = $maxY,
              last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            WHERE table_name = $id
            """,
            ("$id", layerId),
            ("$minX", extent?.MinX),
            ("$minY", extent?.MinY),
            ("$maxX", extent?.MaxX),
            ("$maxY", extent?.MaxY));

    private static List<FieldInfo> ReadFields(SqliteConnection connection, SqliteTransaction? transaction, string layerId)
    {
        var common = LayerInfo.CommonFields.Select(f => f.Name).Append("fid").Append("geom").Append("id").ToHashSet();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name, type FROM pragma_table_info($table) ORDER BY cid";
        command.Parameters.AddWithValue("$table", layerId);
        using var reader = command.ExecuteReader();
        var fields = new List<FieldInfo>();
        while (reader.Read())
        {
            if (!common.Contains(reader.GetString(0)))
            {
                fields.Add(new FieldInfo(reader.GetString(0), ParseColumnType(reader.GetString(1))));
            }
        }

        return fields;
    }

    private static FieldType ParseColumnType(string declared) => declared.ToUpperInvariant() switch
    {
        "INTEGER" or "INT" or "MEDIUMINT" or "SMALLINT" or "TINYINT" => FieldType.Integer,
        "REAL" or "DOUBLE" or "FLOAT" => FieldType.Real,
        "BOOLEAN" => FieldType.Boolean,
        _ => FieldType.Text,
    };
}
