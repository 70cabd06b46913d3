using System.Text.Json.Nodes;
using GeoPlan.Core.Model;

namespace GeoPlan.Core.Styling;

/// <summary>Writes a <see cref="PlanStyle"/> as a MapLibre GL style document (version 8) over GeoPlan's combined vector tileset.</summary>
/// <remarks>
/// Status variants are expressions and filters on each feature's <c>status</c> property; the legend travels in
/// <c>metadata["geoplan:legend"]</c>. Without <see cref="MapLibreStyleOptions.GlyphsUrl"/> there are no label layers.
/// </remarks>
public static class MapLibreStyleBuilder
{
    /// <summary>The id of the vector source every layer reads.</summary>
    public const string SourceId = "geoplan";

    private static readonly string[] TilePlaceholders = ["{z}", "{x}", "{y}"];
    private static readonly string[] GlyphPlaceholders = ["{fontstack}", "{range}"];

    /// <summary>Builds the style document.</summary>
    /// <exception cref="ArgumentException">The tile or glyph URL lacks its placeholders, or the zoom range is not within 0-24.</exception>
    public static JsonObject Build(PlanStyle style, MapLibreStyleOptions options)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var layers = new JsonArray(new JsonObject
        {
            ["id"] = "background",
            ["type"] = "background",
            ["paint"] = new JsonObject { ["background-color"] = MapLibreExpressions.Color(style.Background) },
        });
        var writers = style.Layers.Select(layer => new MapLibreLayers(style, layer, options)).ToList();
        foreach (var geometry in writers.SelectMany(w => w.Geometry()))
        {
            layers.Add(geometry);
        }

        if (options.GlyphsUrl is not null)
        {
            // Labels go above all geometry; MapLibre places the topmost symbol layer first, so stations win over areas.
            foreach (var labels in writers.Select(w => w.Labels()).OfType<JsonObject>())
            {
                layers.Add(labels);
            }
        }

        var bounds = MetropolitanArea.Bounds;
        var document = new JsonObject
        {
            ["version"] = 8,
            ["name"] = options.Name,
            ["metadata"] = new JsonObject
            {
                ["geoplan:language"] = WireName.Of(options.Language),
                ["geoplan:legend"] = MapLegendJson.Write(MapLegend.ForAllLayers(style), options.Language),
            },
            ["center"] = MapLibreExpressions.Numbers([bounds.Centre.X, bounds.Centre.Y]),
            ["zoom"] = 7,
            ["sources"] = new JsonObject
            {
                [SourceId] = new JsonObject
                {
                    ["type"] = "vector",
                    ["tiles"] = new JsonArray(options.TilesUrl),
                    ["minzoom"] = options.MinZoom,
                    ["maxzoom"] = options.MaxZoom,
                    ["bounds"] = MapLibreExpressions.Numbers([bounds.MinX, bounds.MinY, bounds.MaxX, bounds.MaxY]),
                },
            },
        };
        if (options.GlyphsUrl is not null)
        {
            document["glyphs"] = options.GlyphsUrl;
        }

        document["layers"] = layers;
        return document;
    }

    private static void Validate(MapLibreStyleOptions options)
    {
        if (!TilePlaceholders.All(p => options.TilesUrl.Contains(p, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"the tile URL '{options.TilesUrl}' needs {{z}}, {{x}} and {{y}}", nameof(options));
        }

        if (options.GlyphsUrl is { } glyphs && !GlyphPlaceholders.All(p => glyphs.Contains(p, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"the glyphs URL '{glyphs}' needs {{fontstack}} and {{range}}", nameof(options));
        }

        if (options.MinZoom < 0 || options.MaxZoom > 24 || options.MinZoom > options.MaxZoom)
        {
            var range = $"{options.MinZoom}-{options.MaxZoom}";
            throw new ArgumentException($"the tile zoom range {range} must lie within 0-24, lowest first", nameof(options));
        }

        if (options.TextFont.Count == 0)
        {
            throw new ArgumentException("the text font stack needs at least one font", nameof(options));
        }
    }
}
