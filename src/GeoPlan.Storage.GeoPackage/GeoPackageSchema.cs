using GeoPlan.Core.Model;
using GeoPlan.Interchange.Writing;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>The DDL of a GeoPlan GeoPackage: the OGC GeoPackage 1.3 core tables, one table per layer with its R-tree, and the plan tables.</summary>
internal static class GeoPackageSchema
{
    /// <summary>The application id "GPKG" and the user version of GeoPackage 1.3.0.</summary>
    public const string Header = "PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;";

    public const string CoreTables = """
        CREATE TABLE gpkg_spatial_ref_sys (
          srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        INSERT INTO gpkg_spatial_ref_sys VALUES
          ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
          ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
          ('WGS 84 geodetic', 4326, 'EPSG', 4326,
           'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
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
          CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
          CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        CREATE TABLE gpkg_extensions (
          table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
          CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
        CREATE TABLE geoplan_layers (
          id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, title_zh TEXT NOT NULL, title_en TEXT NOT NULL, description TEXT NOT NULL);
        """;

    public const string PlanTables = """
        CREATE TABLE plan_tasks (
          fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, parent_id TEXT REFERENCES plan_tasks(id),
          level TEXT NOT NULL, title_zh TEXT NOT NULL, title_en TEXT NOT NULL, text_zh TEXT NOT NULL);
        CREATE TABLE plan_task_targets (
          fid INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL REFERENCES plan_tasks(id), year INTEGER NOT NULL,
          metric_zh TEXT NOT NULL, metric_en TEXT NOT NULL, value REAL, unit TEXT, comparison TEXT NOT NULL,
          aspirational BOOLEAN NOT NULL, text_zh TEXT NOT NULL, note_en TEXT);
        CREATE TABLE plan_task_features (
          fid INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL REFERENCES plan_tasks(id), feature_id TEXT NOT NULL,
          layer TEXT NOT NULL);
        CREATE INDEX plan_task_features_feature ON plan_task_features(feature_id);
        CREATE TABLE plan_indicators (
          id INTEGER PRIMARY KEY, domain_zh TEXT NOT NULL, domain_en TEXT NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
          unit TEXT, direction TEXT NOT NULL,
          target_2023_text TEXT NOT NULL, target_2023_value REAL, target_2023_comparison TEXT NOT NULL, target_2023_qualitative_en TEXT,
          target_2025_text TEXT NOT NULL, target_2025_value REAL, target_2025_comparison TEXT NOT NULL, target_2025_qualitative_en TEXT);
        CREATE TABLE plan_indicator_tasks (
          fid INTEGER PRIMARY KEY AUTOINCREMENT, indicator_id INTEGER NOT NULL REFERENCES plan_indicators(id),
          task_id TEXT NOT NULL REFERENCES plan_tasks(id));
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
          ('plan_tasks', 'attributes', 'plan_tasks', 'The action plan''s task tree, chapters 三 to 十'),
          ('plan_task_targets', 'attributes', 'plan_task_targets', 'Yearly targets stated in task texts'),
          ('plan_task_features', 'attributes', 'plan_task_features', 'Which features each task names'),
          ('plan_indicators', 'attributes', 'plan_indicators', 'The 34 indicators with 2023 and 2025 targets'),
          ('plan_indicator_tasks', 'attributes', 'plan_indicator_tasks', 'Which tasks work towards each indicator');
        """;

    /// <summary>The history of indicator actual values: the table, its index, triggers that keep it append-only, and its registration; a file built before the table existed gets it on
    /// its first recorded value.</summary>
    /// <remarks>No foreign key to plan_indicators: values recorded through the API outlive a rebuild, whatever the new data holds.</remarks>
    public const string IndicatorActualTables = """
        CREATE TABLE IF NOT EXISTS plan_indicator_actuals (
          sequence INTEGER PRIMARY KEY AUTOINCREMENT, indicator_id INTEGER NOT NULL, year INTEGER NOT NULL, value REAL NOT NULL,
          source TEXT NOT NULL, as_of DATE NOT NULL, comparison_values TEXT NOT NULL, recorded_at DATETIME NOT NULL, recorded_by TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS plan_indicator_actuals_indicator ON plan_indicator_actuals(indicator_id, year);
        CREATE TRIGGER IF NOT EXISTS plan_indicator_actuals_no_update BEFORE UPDATE ON plan_indicator_actuals
          BEGIN SELECT RAISE(ABORT, 'indicator actual values are history: record a new value instead of changing one'); END;
        CREATE TRIGGER IF NOT EXISTS plan_indicator_actuals_no_delete BEFORE DELETE ON plan_indicator_actuals
          BEGIN SELECT RAISE(ABORT, 'indicator actual values are history: record a new value instead of deleting one'); END;
        INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
          ('plan_indicator_actuals', 'attributes', 'plan_indicator_actuals',
           'Actual values of the indicators, every one ever recorded, with its source, when and by whom');
        """;

    /// <summary>The audit trail of feature edits and collection imports: the table, its indexes, triggers that keep it append-only, and
    /// its registration; a file built before the table existed gets it on its first edit or import.</summary>
    /// <remarks>A feature is kept as WKB and a JSON object of its fields (<see cref="Core.Storage.Editing.FeatureAuditColumns"/>).</remarks>
    public const string FeatureAuditTables = """
        CREATE TABLE IF NOT EXISTS geoplan_feature_audit (
          sequence INTEGER PRIMARY KEY AUTOINCREMENT, collection TEXT NOT NULL, feature_id TEXT, operation TEXT NOT NULL,
          editor TEXT NOT NULL, edited_at DATETIME NOT NULL, feature_count INTEGER,
          before_geom BLOB, before_values TEXT, after_geom BLOB, after_values TEXT);
        CREATE INDEX IF NOT EXISTS geoplan_feature_audit_feature ON geoplan_feature_audit(collection, feature_id, sequence);
        CREATE INDEX IF NOT EXISTS geoplan_feature_audit_time ON geoplan_feature_audit(collection, edited_at);
        CREATE TRIGGER IF NOT EXISTS geoplan_feature_audit_no_update BEFORE UPDATE ON geoplan_feature_audit
          BEGIN SELECT RAISE(ABORT, 'the audit trail is history: record a new change instead of changing one'); END;
        CREATE TRIGGER IF NOT EXISTS geoplan_feature_audit_no_delete BEFORE DELETE ON geoplan_feature_audit
          BEGIN SELECT RAISE(ABORT, 'the audit trail is history: record a new change instead of deleting one'); END;
        INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
          ('geoplan_feature_audit', 'attributes', 'geoplan_feature_audit',
           'Every change of a feature and every import of a collection: who, when, what, and the feature before and after');
        """;

    /// <summary>The access tokens: their hashes, names, roles and times, never their secrets; a file built before the table existed gets it
    /// with its first token.</summary>
    /// <remarks>Not registered in gpkg_contents, so GIS clients opening the file do not list it; a name is unique among valid
    /// tokens.</remarks>
    public const string AccessTokenTables = """
        CREATE TABLE IF NOT EXISTS geoplan_access_tokens (
          id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
          hash TEXT NOT NULL UNIQUE, created_at DATETIME NOT NULL, revoked_at DATETIME, expires_at DATETIME);
        CREATE UNIQUE INDEX IF NOT EXISTS geoplan_access_tokens_valid_name ON geoplan_access_tokens(name) WHERE revoked_at IS NULL;
        """;

    /// <summary>The feature table of a layer, its registration, and its R-tree with the triggers GeoPackage 1.3 prescribes.</summary>
    public static string LayerTable(LayerInfo layer)
    {
        var t = Sql.Quote(layer.Id);
        var rtree = Sql.Quote(Sql.RtreeTable(layer.Id));
        var columns = LayerInfo.CommonFields.Concat(layer.Fields)
            .Select(f => $"{Sql.Quote(f.Name)} {ColumnType(f.Type)}{(IsRequired(f.Name) ? " NOT NULL" : "")}");
        return $"""
            CREATE TABLE {t} (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom {layer.GeometryType.ToString().ToUpperInvariant()},
              id TEXT NOT NULL UNIQUE, {string.Join(", ", columns)});
            INSERT INTO gpkg_geometry_columns VALUES ('{layer.Id}', 'geom', '{layer.GeometryType.ToString().ToUpperInvariant()}', 4326, 0, 0);
            CREATE VIRTUAL TABLE {rtree} USING rtree(id, minx, maxx, miny, maxy);
            INSERT INTO gpkg_extensions VALUES ('{layer.Id}', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
            {GeoPackageRtreeIndex.Triggers(layer.Id, "geom")}
            """;
    }

    /// <summary>The SQLite column type GeoPackage uses for a field type.</summary>
    public static string ColumnType(FieldType type) => type switch
    {
        FieldType.Integer => "INTEGER",
        FieldType.Real => "REAL",
        FieldType.Boolean => "BOOLEAN",
        _ => "TEXT",
    };

    private static bool IsRequired(string commonField) => commonField is "name_zh" or "name_en" or "status" or "source" or "accuracy_m";
}
