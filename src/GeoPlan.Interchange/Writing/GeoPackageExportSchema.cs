using GeoPlan.Core.Model;

namespace GeoPlan.Interchange.Writing;

/// <summary>The DDL of an exported GeoPackage 1.3: the core tables, the feature table with typed columns, the R-tree triggers.</summary>
internal static class GeoPackageExportSchema
{
    /// <summary>The application id "GPKG" and the user version of GeoPackage 1.3.0.</summary>
    public const string Header = "PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;";

    /// <summary>The mandatory tables with the three CRS rows every GeoPackage has; the R-tree extension's registry.</summary>
    public static readonly string CoreTables = $"""
        CREATE TABLE gpkg_spatial_ref_sys (
          srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        INSERT INTO gpkg_spatial_ref_sys VALUES
          ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
          ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
          ('WGS 84 geodetic', 4326, 'EPSG', 4326, '{CrsWkt.GeoPackageWgs84}',
           'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
        CREATE TABLE gpkg_contents (
          table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
          last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
          CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (
          table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL,
          z TINYINT NOT NULL, m TINYINT NOT NULL,
          CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
          CONSTRAINT uk_gc_table_name UNIQUE (table_name),
          CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
          CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        CREATE TABLE gpkg_extensions (
          table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
          CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
        """;

    /// <summary>The feature table: an integer primary key, the geometry, then every column with its GeoPackage type.</summary>
    public static string FeatureTable(LayerInfo layer, string geometryColumn, IReadOnlyList<FieldInfo> columns)
    {
        var definitions = columns.Select(c =>
            $"{Quote(c.Name)} {ColumnType(c.Type)}{(c.Name == ExportColumns.Id ? " NOT NULL UNIQUE" : "")}");
        return $"""
            CREATE TABLE {Quote(layer.Id)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              {Quote(geometryColumn)} {layer.GeometryType.ToString().ToUpperInvariant()}, {string.Join(", ", definitions)});
            CREATE VIRTUAL TABLE {Quote(GeoPackageRtreeIndex.Table(layer.Id, geometryColumn))} USING rtree(id, minx, maxx, miny, maxy);
            """;
    }

    /// <summary>A double-quoted SQL identifier with embedded quotes doubled.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string ColumnType(FieldType type) => type switch
    {
        FieldType.Integer => "INTEGER",
        FieldType.Real => "DOUBLE",
        FieldType.Boolean => "BOOLEAN",
        _ => "TEXT",
    };
}
