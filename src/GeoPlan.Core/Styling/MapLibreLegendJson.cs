using System.Text.Json.Nodes;
using GeoPlan.Core.Model;

namespace GeoPlan.Core.Styling;

/// <summary>Writes a <see cref="MapLegend"/> as JSON for the style's <c>metadata</c>, titled in both languages.</summary>
internal static class MapLegendJson
{
    public static JsonObject Write(MapLegend legend, MapLanguage language) => new()
    {
        ["language"] = WireName.Of(language),
        ["sections"] = new JsonArray(legend.Sections.Select(section => (JsonNode?)new JsonObject
        {
            ["key"] = section.Key,
            ["title"] = section.Title(language),
            ["title_zh"] = section.TitleZh,
            ["title_en"] = section.TitleEn,
            ["entries"] = new JsonArray(section.Entries.Select(entry => (JsonNode?)Entry(entry, language)).ToArray()),
        }).ToArray()),
    };

    private static JsonObject Entry(LegendEntry entry, MapLanguage language)
    {
        var symbol = entry.Symbol;
        var json = new JsonObject
        {
            ["key"] = entry.Key,
            ["title"] = entry.Title(language),
            ["title_zh"] = entry.TitleZh,
            ["title_en"] = entry.TitleEn,
            ["kind"] = WireName.Of(symbol.Kind),
        };
        if (symbol.Fill is { } fill)
        {
            json["fill"] = MapLibreExpressions.Color(fill);
            json["fill_opacity"] = MapLibreExpressions.Number(symbol.FillOpacity);
        }

        if (symbol.Stroke is { } stroke)
        {
            json["stroke"] = MapLibreExpressions.Color(stroke);
            json["stroke_opacity"] = MapLibreExpressions.Number(symbol.StrokeOpacity);
            json["stroke_width"] = MapLibreExpressions.Number(symbol.StrokeWidth);
        }

        if (symbol.Kind == SymbolKind.Circle)
        {
            json["radius"] = MapLibreExpressions.Number(symbol.Radius);
        }

        if (symbol.DashArray.Count > 0)
        {
            json["dash_array"] = MapLibreExpressions.Numbers(symbol.DashArray);
        }

        return json;
    }
}
