using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using NpgsqlTypes;

namespace GeoPlan.Storage.PostGis;

/// <summary>A layer's feature table: id, geometry, then one typed column per common and layer-specific field.</summary>
/// <param name="layer">The layer whose features the table holds.</param>
/// <param name="name">The table's qualified name when it is not (yet) the layer's own, as for the table an import fills.</param>
internal sealed class LayerTable(LayerInfo layer, string? name = null)
{
    /// <summary>The fields stored as columns after id and geom, in order.</summary>
    public IReadOnlyList<FieldInfo> Fields { get; } = LayerInfo.CommonFields.Concat(layer.Fields).ToList();

    /// <summary>The table's qualified name.</summary>
    public string Name => name ?? PgSql.LayerTable(layer.Id);

    /// <summary>Every column with the type its values are copied as.</summary>
    public IReadOnlyList<(string Name, NpgsqlDbType Type)> Columns =>
        [("id", NpgsqlDbType.Text), ("geom", NpgsqlDbType.Geometry), .. Fields.Select(f => (f.Name, PgSql.DbType(f.Type)))];

    /// <summary>Creates the table without indexes, so the copy into it is not slowed by them.</summary>
    public string Create()
    {
        var statuses = string.Join(", ", WireName.All<FeatureStatus>().Select(s => $"'{s}'"));
        var columns = Fields.Select(f => $"{PgSql.Quote(f.Name)} {PgSql.ColumnType(f.Type)}{(IsRequired(f.Name) ? " NOT NULL" : "")}");
        return $"""
            CREATE TABLE {Name} (
              id text COLLATE "C" NOT NULL,
              geom geometry({layer.GeometryType}, 4326) NOT NULL,
              {string.Join(",\n  ", columns)},
              CHECK (status IN ({statuses})));
            """;
    }

    /// <summary>The key, the link to the feature registry and the GiST index.</summary>
    /// <remarks>No ANALYZE: it would add a third to the load, and autovacuum gathers statistics soon after; until then the planner's
    /// defaults already choose the indexes.</remarks>
    public string Index() => $"""
        ALTER TABLE {Name}
          ADD CONSTRAINT {PgSql.Quote(layer.Id + "_pkey")} PRIMARY KEY (id),
          ADD CONSTRAINT {PgSql.Quote(layer.Id + "_feature")} FOREIGN KEY (id) REFERENCES geoplan_features (id);
        CREATE INDEX {PgSql.Quote(layer.Id + "_geom")} ON {Name} USING gist (geom);
        """;

    /// <summary>A feature's values in <see cref="Columns"/> order.</summary>
    public object?[] Row(PlanFeature feature)
    {
        var row = new object?[Fields.Count + 2];
        row[0] = feature.Id;
        row[1] = feature.Geometry;
        for (var i = 0; i < Fields.Count; i++)
        {
            row[i + 2] = FeatureColumns.ValueOf(feature, Fields[i].Name);
        }

        return row;
    }

    private static bool IsRequired(string field) => field is "name_zh" or "name_en" or "status" or "source" or "accuracy_m";
}
