using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Features;

/// <summary>Parses the query string of <c>/collections/{id}/items</c> into a <see cref="FeatureQuery"/>, or a 400 naming the parameter.</summary>
public static class ItemsQueryParser
{
    private static readonly string[] Reserved = ["bbox", "bbox-crs", "limit", "offset", "f", "year"];

    /// <summary>The query, or the problem with the first parameter that is wrong.</summary>
    public static (FeatureQuery? Query, ProblemHttpResult? Problem) Parse(LayerInfo layer, IQueryCollection parameters)
    {
        foreach (var (name, values) in parameters)
        {
            if (values.Count > 1)
            {
                return Fail(name, $"'{name}' is given {values.Count} times; give it once");
            }
        }

        if (parameters.TryGetValue("f", out var format) && format != "json" && format != "geojson")
        {
            return Fail("f", $"'{format}' is not a supported format; allowed: json, geojson");
        }

        if (parameters.TryGetValue("bbox-crs", out var bboxCrs) && bboxCrs != "http://www.opengis.net/def/crs/OGC/1.3/CRS84")
        {
            return Fail("bbox-crs", $"'{bboxCrs}' is not supported; bbox is read as http://www.opengis.net/def/crs/OGC/1.3/CRS84 (lon,lat)");
        }

        BoundingBox? bbox = null;
        if (parameters.TryGetValue("bbox", out var bboxText))
        {
            if (!BoundingBox.TryParse(bboxText, out var parsed, out var error))
            {
                return Fail("bbox", $"bbox must be minLon,minLat,maxLon,maxLat in WGS 84 degrees: {error}");
            }

            bbox = parsed;
        }

        var limit = FeatureQuery.DefaultLimit;
        if (parameters.TryGetValue("limit", out var limitText) &&
            (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > FeatureQuery.MaxLimit))
        {
            return Fail("limit", $"limit must be a whole number from 1 to {FeatureQuery.MaxLimit}; got '{limitText}'");
        }

        long offset = 0;
        if (parameters.TryGetValue("offset", out var offsetText) &&
            !long.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return Fail("offset", $"offset must be a whole number of 0 or more; got '{offsetText}'");
        }

        ScenarioYear? scenario = null;
        if (parameters.TryGetValue("year", out var yearText))
        {
            if (!ScenarioYearParameter.TryParse(yearText, out var year, out var error))
            {
                return Fail("year", error);
            }

            scenario = year;
        }

        var filters = new List<PropertyFilter>();
        foreach (var (name, values) in parameters.Where(p => !Reserved.Contains(p.Key)))
        {
            var field = layer.FindField(name);
            if (field is null)
            {
                var fields = string.Join(", ", LayerInfo.CommonFields.Concat(layer.Fields).Select(f => f.Name));
                return Fail(name, $"'{name}' is neither a parameter ({string.Join(", ", Reserved)}) nor a field of '{layer.Id}' ({fields})");
            }

            var value = ParseValue(field, values.ToString());
            if (value is null)
            {
                return Fail(name, $"'{values}' is not a valid {field.Type.ToString().ToLowerInvariant()} value for '{name}'");
            }

            filters.Add(new PropertyFilter(field.Name, value));
        }

        return (new FeatureQuery(layer.Id, bbox, filters, limit, offset, scenario), null);
    }

    private static object? ParseValue(FieldInfo field, string text) => field.Type switch
    {
        FieldType.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole : null,
        FieldType.Real => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : null,
        FieldType.Boolean => bool.TryParse(text, out var flag) ? flag : null,
        _ => text,
    };

    private static (FeatureQuery?, ProblemHttpResult?) Fail(string parameter, string detail) => (null, ApiProblem.BadParameter(parameter, detail));
}
