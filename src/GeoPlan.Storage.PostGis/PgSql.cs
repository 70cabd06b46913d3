using GeoPlan.Core.Model;
using NpgsqlTypes;

namespace GeoPlan.Storage.PostGis;

/// <summary>Names and types of GeoPlan's PostgreSQL objects built from layer and field names.</summary>
internal static class PgSql
{
    /// <summary>The schema holding one feature table per layer.</summary>
    public const string LayerSchema = "layers";

    /// <summary>A double-quoted identifier with embedded quotes doubled.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The qualified name of a layer's feature table.</summary>
    public static string LayerTable(string layerId) => $"{LayerSchema}.{Quote(layerId)}";

    /// <summary>The column type a field type is stored as.</summary>
    public static string ColumnType(FieldType type) => type switch
    {
        FieldType.Integer => "bigint",
        FieldType.Real => "double precision",
        FieldType.Boolean => "boolean",
        _ => "text",
    };

    /// <summary>The wire type a field's values are copied as.</summary>
    public static NpgsqlDbType DbType(FieldType type) => type switch
    {
        FieldType.Integer => NpgsqlDbType.Bigint,
        FieldType.Real => NpgsqlDbType.Double,
        FieldType.Boolean => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.Text,
    };
}
