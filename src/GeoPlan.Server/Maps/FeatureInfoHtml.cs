using System.Globalization;
using System.Net;
using System.Text;
using GeoPlan.Core.Model;
using GeoPlan.Server.Features;

namespace GeoPlan.Server.Maps;

/// <summary>GetFeatureInfo as a small HTML page: one table per layer, a row per feature, a column per property.</summary>
internal static class FeatureInfoHtml
{
    /// <summary>The media type, with its character set.</summary>
    public const string ContentType = "text/html; charset=utf-8";

    public static string Write(IReadOnlyList<PlanFeature> features, IReadOnlyList<LayerInfo> layers)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh\">\n<head><meta charset=\"utf-8\"><title>GeoPlan feature info</title></head>\n<body>\n");
        if (features.Count == 0)
        {
            html.Append("<p>No features here.</p>\n");
        }

        foreach (var group in features.GroupBy(f => f.Layer, StringComparer.Ordinal))
        {
            var layer = layers.FirstOrDefault(l => l.Id == group.Key);
            var rows = group.Select(f => GeoJsonFeature.From(f)).ToList();
            var columns = rows.SelectMany(r => r.Properties.Keys).Distinct(StringComparer.Ordinal).ToList();
            html.Append("<table>\n<caption>").Append(Encode(layer is null ? group.Key : $"{layer.TitleZh} {layer.TitleEn}")).Append("</caption>\n<tr><th>id</th>");
            foreach (var column in columns)
            {
                html.Append("<th>").Append(Encode(column)).Append("</th>");
            }

            html.Append("</tr>\n");
            foreach (var row in rows)
            {
                html.Append("<tr><td>").Append(Encode(row.Id)).Append("</td>");
                foreach (var column in columns)
                {
                    html.Append("<td>").Append(Encode(Text(row.Properties.GetValueOrDefault(column)))).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Text(object? value) => value switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
