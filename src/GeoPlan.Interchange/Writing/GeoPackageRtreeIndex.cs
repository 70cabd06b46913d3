namespace GeoPlan.Interchange.Writing;

/// <summary>The R-tree spatial index extension of GeoPackage 1.3 (annex F.3): its table and the triggers that keep it in step with
/// edits, for the embedded store and for exported files alike.</summary>
public static class GeoPackageRtreeIndex
{
    /// <summary>The triggers of the R-tree spatial index extension (GeoPackage 1.3, F.3) that keep the index in step with edits.</summary>
    public static string Triggers(string table, string geometryColumn)
    {
        var t = Quote(table);
        var c = Quote(geometryColumn);
        var name = Table(table, geometryColumn);
        var rtree = Quote(name);
        var box = $"ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})";
        return $"""
            CREATE TRIGGER "{name}_insert" AFTER INSERT ON {t} WHEN (NEW.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c}))
              BEGIN INSERT OR REPLACE INTO {rtree} VALUES (NEW.fid, {box}); END;
            CREATE TRIGGER "{name}_update1" AFTER UPDATE OF {c} ON {t}
              WHEN OLD.fid = NEW.fid AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
              BEGIN INSERT OR REPLACE INTO {rtree} VALUES (NEW.fid, {box}); END;
            CREATE TRIGGER "{name}_update2" AFTER UPDATE OF {c} ON {t}
              WHEN OLD.fid = NEW.fid AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
              BEGIN DELETE FROM {rtree} WHERE id = OLD.fid; END;
            CREATE TRIGGER "{name}_update3" AFTER UPDATE ON {t}
              WHEN OLD.fid != NEW.fid AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
              BEGIN DELETE FROM {rtree} WHERE id = OLD.fid; INSERT OR REPLACE INTO {rtree} VALUES (NEW.fid, {box}); END;
            CREATE TRIGGER "{name}_update4" AFTER UPDATE ON {t}
              WHEN OLD.fid != NEW.fid AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
              BEGIN DELETE FROM {rtree} WHERE id IN (OLD.fid, NEW.fid); END;
            CREATE TRIGGER "{name}_delete" AFTER DELETE ON {t} WHEN OLD.{c} NOT NULL
              BEGIN DELETE FROM {rtree} WHERE id = OLD.fid; END;
            """;
    }

    /// <summary>The R-tree table of a geometry column, named as the extension requires.</summary>
    public static string Table(string table, string geometryColumn) => $"rtree_{table}_{geometryColumn}";

    private static string Quote(string identifier) => GeoPackageExportSchema.Quote(identifier);
}
