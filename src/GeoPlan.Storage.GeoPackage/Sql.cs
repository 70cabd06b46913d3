namespace GeoPlan.Storage.GeoPackage;

/// <summary>Quoting of SQL identifiers built from layer and field names.</summary>
internal static class Sql
{
    /// <summary>A double-quoted identifier with embedded quotes doubled.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The name of a layer's R-tree index table.</summary>
    public static string RtreeTable(string layer) => $"rtree_{layer}_geom";
}
