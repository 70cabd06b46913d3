using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Storage.GeoPackage;

/// <summary>Builds the WHERE clause of a feature query: the R-tree prefilter, the exact bbox test and property equality.</summary>
internal sealed class FeatureFilterSql(LayerInfo layer, SqliteCommand command)
{
    /// <summary>The condition, with its parameters added to the command: features in the box, in the scenario, matching every filter.</summary>
    public string Where(BoundingBox? bbox, ScenarioYear? scenario, IReadOnlyList<PropertyFilter> filters)
    {
        var conditions = new List<string> { "1 = 1" };
        if (bbox is { } box)
        {
            command.Parameters.AddWithValue("$minX", box.MinX);
            command.Parameters.AddWithValue("$minY", box.MinY);
            command.Parameters.AddWithValue("$maxX", box.MaxX);
            command.Parameters.AddWithValue("$maxY", box.MaxY);
            conditions.Add($"""
                fid IN (SELECT id FROM {Sql.Quote(Sql.RtreeTable(layer.Id))}
                        WHERE minx <= $maxX AND maxx >= $minX AND miny <= $maxY AND maxy >= $minY)
                AND geoplan_intersects_box(geom, $minX, $minY, $maxX, $maxY)
                """);
        }

        if (scenario is { } year)
        {
            // ScenarioYear.Includes, in SQL.
            command.Parameters.AddWithValue("$year", year.Year);
            conditions.Add("(CASE WHEN open_year IS NOT NULL THEN open_year <= $year ELSE status = 'operating' OR coalesce(target_year <= $year, 0) END)");
        }

        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            var field = layer.FindField(filter.Field) ?? throw new ArgumentException($"layer '{layer.Id}' has no field '{filter.Field}'");
            var name = "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, filter.Value is bool flag ? (flag ? 1 : 0) : filter.Value);
            conditions.Add($"{Sql.Quote(field.Name)} = {name}");
        }

        return string.Join(" AND ", conditions);
    }
}
