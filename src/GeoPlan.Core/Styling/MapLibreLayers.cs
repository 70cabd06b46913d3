using System.Text.Json.Nodes;

namespace GeoPlan.Core.Styling;

/// <summary>Writes one <see cref="LayerStyle"/> as MapLibre layers: a fill, outlines or lines per dash pattern, circles, labels.</summary>
/// <remarks>MapLibre's <c>line-dasharray</c> cannot vary by feature, so statuses sharing a dash pattern get a layer each.</remarks>
internal sealed class MapLibreLayers(PlanStyle style, LayerStyle layer, MapLibreStyleOptions options)
{
    /// <summary>The layers that draw the geometry, bottom first.</summary>
    public IEnumerable<JsonObject> Geometry()
    {
        switch (layer.Kind)
        {
            case SymbolKind.Fill:
                if (layer.Opacity > 0)
                {
                    yield return Fill();
                }

                if (layer.OutlineColor is not null)
                {
                    foreach (var group in DashGroups())
                    {
                        yield return Line("outline", group);
                    }
                }

                break;
            case SymbolKind.Line:
                foreach (var group in DashGroups())
                {
                    yield return Line("line", group);
                }

                break;
            case SymbolKind.Circle:
                yield return Circle();
                break;
        }
    }

    /// <summary>The label layer; null when the layer has no labels.</summary>
    public JsonObject? Labels()
    {
        if (layer.Label is not { } label)
        {
            return null;
        }

        var layout = new JsonObject
        {
            ["text-field"] = MapLibreExpressions.LabelText(label, options.Language),
            ["text-font"] = MapLibreExpressions.Strings(options.TextFont),
            ["text-size"] = MapLibreExpressions.Number(label.Size),
            ["text-max-width"] = MapLibreExpressions.Number(label.MaxWidthEms),
            ["symbol-placement"] = layer.Kind == SymbolKind.Line ? "line-center" : "point",
        };
        if (layer.Kind == SymbolKind.Circle)
        {
            layout["text-anchor"] = "left";
            layout["text-offset"] = MapLibreExpressions.Numbers([(layer.Radius + layer.Width + 2) / label.Size, 0]);
        }

        var labels = Layer("label", "symbol", filter: null);
        labels["minzoom"] = MapLibreExpressions.Number(label.MinZoom);
        labels["layout"] = layout;
        labels["paint"] = new JsonObject
        {
            ["text-color"] = MapLibreExpressions.Color(label.Color),
            ["text-halo-color"] = MapLibreExpressions.Color(label.HaloColor),
            ["text-halo-width"] = MapLibreExpressions.Number(label.HaloWidth),
        };
        return labels;
    }

    private JsonObject Fill()
    {
        var fill = Layer("fill", "fill", filter: null);
        fill["paint"] = new JsonObject
        {
            ["fill-color"] = ColorByStatus(style.Statuses, s => s.Fill),
            ["fill-opacity"] = ByStatus(style.Statuses, s => s.FillOpacity),
        };
        return fill;
    }

    private JsonObject Line(string part, IReadOnlyList<StatusStyle> group)
    {
        var filter = MapLibreExpressions.StatusFilter(group, style.Statuses.Count);
        var line = Layer($"{part}-{MapLibreExpressions.Suffix(group)}", "line", filter);
        line["layout"] = new JsonObject { ["line-join"] = "round", ["line-cap"] = "butt" };
        var paint = new JsonObject
        {
            ["line-color"] = ColorByStatus(group, s => s.Stroke),
            ["line-width"] = MapLibreExpressions.Number(layer.Width),
            ["line-opacity"] = ByStatus(group, s => s.StrokeOpacity),
        };
        if (group[0].IsDashed)
        {
            paint["line-dasharray"] = MapLibreExpressions.Numbers(group[0].DashArray);
        }

        line["paint"] = paint;
        return line;
    }

    private JsonObject Circle()
    {
        var circle = Layer("circle", "circle", filter: null);
        circle["paint"] = new JsonObject
        {
            ["circle-radius"] = MapLibreExpressions.Number(layer.Radius),
            ["circle-color"] = ColorByStatus(style.Statuses, s => s.Fill),
            ["circle-opacity"] = ByStatus(style.Statuses, s => s.FillOpacity),
            ["circle-stroke-color"] = ColorByStatus(style.Statuses, s => s.Stroke),
            ["circle-stroke-width"] = MapLibreExpressions.Number(layer.Width),
            ["circle-stroke-opacity"] = ByStatus(style.Statuses, s => s.StrokeOpacity),
        };
        return circle;
    }

    private JsonObject Layer(string part, string type, JsonArray? filter)
    {
        var json = new JsonObject
        {
            ["id"] = $"{layer.LayerId}-{part}",
            ["type"] = type,
            ["source"] = MapLibreStyleBuilder.SourceId,
            ["source-layer"] = layer.LayerId,
        };
        if (filter is not null)
        {
            json["filter"] = filter;
        }

        return json;
    }

    private JsonNode ColorByStatus(IReadOnlyList<StatusStyle> statuses, Func<FeatureSymbol, StyleColor?> colorOf) =>
        MapLibreExpressions.ByStatus(
            statuses, status => MapLibreExpressions.ByColorAttribute(layer, color => colorOf(Symbol(status, color)) ?? color));

    private JsonNode ByStatus(IReadOnlyList<StatusStyle> statuses, Func<FeatureSymbol, double> numberOf) =>
        MapLibreExpressions.ByStatus(statuses, status => MapLibreExpressions.Number(numberOf(Symbol(status, layer.Color))));

    private FeatureSymbol Symbol(StatusStyle status, StyleColor color) => FeatureSymbol.Resolve(layer, status, color);

    // Statuses that share a dash pattern, in status order, each group once.
    private IEnumerable<IReadOnlyList<StatusStyle>> DashGroups() =>
        style.Statuses
            .GroupBy(s => string.Join(",", s.DashArray))
            .Select(g => (IReadOnlyList<StatusStyle>)g.ToList());
}
