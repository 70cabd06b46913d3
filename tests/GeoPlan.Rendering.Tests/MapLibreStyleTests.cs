using System.Text.Json.Nodes;
using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;

namespace GeoPlan.Rendering.Tests;

/// <summary>The MapLibre style document follows the style spec and draws exactly what the PNG renderer draws.</summary>
public sealed class MapLibreStyleTests
{
    private const string Tiles = "https://example.org/tiles/WebMercatorQuad/{z}/{y}/{x}.mvt";
    private const string Glyphs = "https://example.org/fonts/{fontstack}/{range}.pbf";
    private static readonly PlanStyle Style = PlanStyle.Default;

    private static JsonObject Build(string? glyphs = Glyphs, MapLanguage language = MapLanguage.Zh) =>
        MapLibreStyleBuilder.Build(
            Style, new MapLibreStyleOptions { TilesUrl = Tiles, MinZoom = 2, MaxZoom = 15, GlyphsUrl = glyphs, Language = language });

    private static List<JsonObject> Layers(JsonObject document) => document["layers"]!.AsArray().Select(l => l!.AsObject()).ToList();

    private static string? Text(JsonNode? node) => node?.GetValue<string>();

    [Fact]
    public void The_document_is_version_8_over_one_vector_source()
    {
        var document = Build();

        Assert.Equal(8, document["version"]!.GetValue<int>());
        var source = document["sources"]![MapLibreStyleBuilder.SourceId]!.AsObject();
        Assert.Equal("vector", Text(source["type"]));
        Assert.Equal([Tiles], source["tiles"]!.AsArray().Select(Text));
        Assert.Equal(2, source["minzoom"]!.GetValue<int>());
        Assert.Equal(15, source["maxzoom"]!.GetValue<int>());
        Assert.Equal(Glyphs, Text(document["glyphs"]));
        Assert.Equal("background", Text(Layers(document)[0]["type"]));
    }

    [Fact]
    public void Layer_ids_are_unique_and_every_layer_reads_a_styled_collection()
    {
        var layers = Layers(Build());

        Assert.Equal(layers.Count, layers.Select(l => Text(l["id"])).Distinct().Count());
        foreach (var layer in layers.Skip(1))
        {
            Assert.Equal(MapLibreStyleBuilder.SourceId, Text(layer["source"]));
            Assert.NotNull(Style.Find(Text(layer["source-layer"])!));
        }

        Assert.All(Style.Layers, s => Assert.Contains(layers, l => Text(l["source-layer"]) == s.LayerId));
    }

    [Fact]
    public void Dash_arrays_are_constants_on_layers_filtered_by_status()
    {
        var dashed = Layers(Build()).Where(l => l["paint"]?["line-dasharray"] is not null).ToList();

        Assert.NotEmpty(dashed);
        foreach (var layer in dashed)
        {
            Assert.All(layer["paint"]!["line-dasharray"]!.AsArray(), n => Assert.True(n is JsonValue v && v.TryGetValue<double>(out _)));
            Assert.NotNull(layer["filter"]);
        }

        var underConstruction = Layers(Build()).Single(l => Text(l["id"]) == "rail_lines-line-under_construction");
        Assert.Equal("""["==",["get","status"],"under_construction"]""", underConstruction["filter"]!.ToJsonString());
        var dash = underConstruction["paint"]!["line-dasharray"]!.AsArray().Select(n => n!.GetValue<double>());
        Assert.Equal(Style.Status(FeatureStatus.UnderConstruction).DashArray, dash);
    }

    [Fact]
    public void Every_feature_is_painted_as_the_renderer_paints_it()
    {
        var layers = Layers(Build()).Skip(1).Where(l => Text(l["type"]) != "symbol").ToList();
        foreach (var style in Style.Layers)
        {
            var values = style.ColorCases.Select(c => (string?)c.Value).Append(null);
            foreach (var (status, value) in Style.Statuses.SelectMany(s => values.Select(v => (s, v))))
            {
                var properties = new Dictionary<string, string?> { ["status"] = status.WireName };
                if (style.ColorAttribute is not null)
                {
                    properties[style.ColorAttribute] = value;
                }

                var symbol = Style.Symbol(style, status.Status, value);
                var drawing = layers
                    .Where(l => Text(l["source-layer"]) == style.LayerId && StyleExpression.Passes(l["filter"], properties))
                    .ToList();
                var context = $"{style.LayerId} {status.WireName} {value}";
                AssertPaint(drawing, symbol, properties, context);
            }
        }
    }

    private static void AssertPaint(List<JsonObject> drawing, FeatureSymbol symbol, Dictionary<string, string?> properties, string context)
    {
        string? Color(JsonObject layer, string property) => Text(StyleExpression.Evaluate(layer["paint"]![property], properties));
        double Number(JsonObject layer, string property) =>
            StyleExpression.Evaluate(layer["paint"]![property], properties)!.GetValue<double>();

        var fills = drawing.Where(l => Text(l["type"]) == "fill").ToList();
        var lines = drawing.Where(l => Text(l["type"]) == "line").ToList();
        var circles = drawing.Where(l => Text(l["type"]) == "circle").ToList();
        if (symbol.Kind == SymbolKind.Circle)
        {
            var circle = Assert.Single(circles);
            Assert.Equal(symbol.Fill?.ToHex(), Color(circle, "circle-color"));
            Assert.Equal(symbol.FillOpacity, Number(circle, "circle-opacity"), 3);
            Assert.Equal(symbol.Stroke?.ToHex(), Color(circle, "circle-stroke-color"));
            Assert.Equal(symbol.StrokeOpacity, Number(circle, "circle-stroke-opacity"), 3);
            Assert.Equal(symbol.Radius, Number(circle, "circle-radius"), 3);
            return;
        }

        Assert.Equal(symbol.Fill is null ? 0 : 1, fills.Count);
        if (symbol.Fill is { } fill)
        {
            Assert.Equal(fill.ToHex(), Color(fills[0], "fill-color"));
            Assert.Equal(symbol.FillOpacity, Number(fills[0], "fill-opacity"), 3);
        }

        var line = Assert.Single(lines);
        Assert.True(symbol.Stroke is not null, context);
        Assert.Equal(symbol.Stroke!.Value.ToHex(), Color(line, "line-color"));
        Assert.Equal(symbol.StrokeOpacity, Number(line, "line-opacity"), 3);
        Assert.Equal(symbol.StrokeWidth, Number(line, "line-width"), 3);
        var dash = line["paint"]!["line-dasharray"]?.AsArray().Select(n => n!.GetValue<double>()) ?? [];
        Assert.Equal(symbol.DashArray, dash);
    }

    [Fact]
    public void Without_a_glyphs_url_there_are_no_label_layers()
    {
        var document = Build(glyphs: null);

        Assert.Null(document["glyphs"]);
        Assert.DoesNotContain(Layers(document), l => Text(l["type"]) == "symbol");
        Assert.Contains(Layers(Build()), l => Text(l["type"]) == "symbol");
    }

    [Theory]
    [InlineData(MapLanguage.Zh, "name_zh", "line_name_zh")]
    [InlineData(MapLanguage.En, "name_en", "line_name_en")]
    public void Labels_read_the_languages_fields(MapLanguage language, string name, string lineName)
    {
        var layers = Layers(Build(language: language));
        var parks = layers.Single(l => Text(l["id"]) == "parks-label");
        var rail = layers.Single(l => Text(l["id"]) == "rail_lines-label");

        string? Label(JsonObject layer, Dictionary<string, string?> properties) =>
            Text(StyleExpression.Evaluate(layer["layout"]!["text-field"], properties));

        Assert.Equal("park", Label(parks, new() { [name] = "park" }));
        Assert.Equal("line", Label(rail, new() { [lineName] = "line", [name] = "section" }));
        Assert.Equal("section", Label(rail, new() { [name] = "section" }));
        Assert.Equal(Style.Find("parks")!.Label!.MinZoom, parks["minzoom"]!.GetValue<double>());
        Assert.Equal(WireName.Of(language), Text(Build(language: language)["metadata"]!["geoplan:language"]));
    }

    [Fact]
    public void The_legend_travels_in_the_metadata()
    {
        var legend = Build(language: MapLanguage.En)["metadata"]!["geoplan:legend"]!;

        var entries = legend["sections"]!.AsArray().SelectMany(s => s!["entries"]!.AsArray()).ToList();
        Assert.Equal(MapLegend.ForAllLayers(Style).Entries.Count(), entries.Count);
        var underConstruction = entries.Single(e => Text(e!["key"]) == "status/under_construction")!;
        Assert.Equal("在建", Text(underConstruction["title_zh"]));
        Assert.Equal("Under construction", Text(underConstruction["title"]));
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(Text(e!["title_zh"]))));
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(Text(e!["title_en"]))));
    }

    [Theory]
    [InlineData("https://example.org/tiles/{z}/{x}.mvt", null, 0, 14)]
    [InlineData(Tiles, "https://example.org/fonts/{range}.pbf", 0, 14)]
    [InlineData(Tiles, null, 10, 4)]
    [InlineData(Tiles, null, 0, 30)]
    public void Options_a_client_cannot_use_are_refused(string tiles, string? glyphs, int minZoom, int maxZoom) =>
        Assert.Throws<ArgumentException>(() => MapLibreStyleBuilder.Build(
            Style, new MapLibreStyleOptions { TilesUrl = tiles, GlyphsUrl = glyphs, MinZoom = minZoom, MaxZoom = maxZoom }));
}
