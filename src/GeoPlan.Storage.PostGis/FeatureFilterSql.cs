using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using Npgsql;

namespace GeoPlan.Storage.PostGis;

/// <summary>The WHERE clause of a feature query: GiST prefilter and exact test for the box, typed equality for each property.</summary>
internal static class FeatureFilterSql
{
    /// <summary>The condition, with its parameters added to <paramref name="parameters"/>: features in the box, in the scenario, matching every filter.</summary>
    public static string Where(BoundingBox? bbox, ScenarioYear? scenario, IReadOnlyList<PropertyFilter> filters, NpgsqlParameterCollection parameters)
    {
        var conditions = new List<string> { "true" };
        if (bbox is { } box)
        {
            parameters.Add(new NpgsqlParameter<double>("min_x", box.MinX));
            parameters.Add(new NpgsqlParameter<double>("min_y", box.MinY));
            parameters.Add(new NpgsqlParameter<double>("max_x", box.MaxX));
            parameters.Add(new NpgsqlParameter<double>("max_y", box.MaxY));
            const string Envelope = "ST_MakeEnvelope(@min_x, @min_y, @max_x, @max_y, 4326)";
            conditions.Add($"geom && {Envelope} AND ST_Intersects(geom, {Envelope})");
        }

        if (scenario is { } year)
        {
            // ScenarioYear.Includes, in SQL.
            parameters.Add(new NpgsqlParameter<int>("year", year.Year));
            conditions.Add("(CASE WHEN open_year IS NOT NULL THEN open_year <= @year ELSE status = 'operating' OR target_year <= @year END)");
        }

        for (var i = 0; i < filters.Count; i++)
        {
            var name = "p" + i.ToString(CultureInfo.InvariantCulture);
            // The value's CLR type (string, long, double, bool) sets the parameter's type, so the column is compared as what it is.
            parameters.AddWithValue(name, filters[i].Value);
            conditions.Add($"{PgSql.Quote(filters[i].Field)} = @{name}");
        }

        return string.Join(" AND ", conditions);
    }
}
