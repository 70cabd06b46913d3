using System.Text.Json;
using System.Text.Json.Nodes;
using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using GeoPlan.Server.Http;
using GeoPlan.Server.Tiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Styles;

/// <summary>OGC API - Styles for the plan map: the default MapLibre style over GeoPlan's own tiles, its metadata and legend.</summary>
public static class StylesApi
{
    /// <summary>The media type of a MapLibre (Mapbox) style document.</summary>
    public const string MediaType = "application/vnd.mapbox.style+json";

    /// <summary>The id of the one style served.</summary>
    public const string DefaultId = "default";

    private const string LanguageParameter = "lang";

    /// <summary>Maps <c>/styles</c>, <c>/styles/default</c> and <c>/styles/default/metadata</c>.</summary>
    public static IEndpointRouteBuilder MapStylesApi(this IEndpointRouteBuilder app)
    {
        var styles = app.MapGroup("/styles").WithTags("Styles");
        styles.MapGet("", GetStyles).WithName("GetStyles").WithSummary("The map styles");
        styles.MapGet("/{styleId}", GetStyle).WithName("GetStyle")
            .WithSummary("A MapLibre style over GeoPlan's tiles; lang=zh|en picks the labels, year=2023|2025 the scenario");
        styles.MapGet("/{styleId}/metadata", GetStyleMetadata).WithName("GetStyleMetadata").WithSummary("What a style draws, and its legend");
        return app;
    }

    private static Ok<StyleList> GetStyles(HttpRequest request)
    {
        var urls = new RequestUrls(request);
        return TypedResults.Ok(new StyleList(
            [new StyleSummary(DefaultId, "GeoPlan plan map", Links(urls))],
            [new Link(urls.For("/styles"), "self", MediaTypes.Json, "This list")]));
    }

    private static IResult GetStyle(string styleId, HttpRequest request)
    {
        if (styleId != DefaultId)
        {
            return UnknownStyle(styleId);
        }

        if (!TryReadLanguage(request, out var language, out var languageError))
        {
            return languageError;
        }

        var (year, yearError) = ScenarioYearParameter.Read(request);
        if (yearError is not null)
        {
            return yearError;
        }

        var urls = new RequestUrls(request);
        var style = MapLibreStyleBuilder.Build(PlanStyle.Default, new MapLibreStyleOptions
        {
            TilesUrl = urls.For("/tiles/WebMercatorQuad/{z}/{y}/{x}" + (year is { } scenario ? $"?year={scenario.Year}" : "")),
            MaxZoom = TilesetDocuments.MaxZoom,
            GlyphsUrl = urls.For("/fonts/{fontstack}/{range}.pbf"),
            Language = language,
            Name = language == MapLanguage.Zh ? "沈阳现代化都市圈规划" : "Shenyang metropolitan area plan",
        });
        return TypedResults.Text(style.ToJsonString(StyleJson), MediaType);
    }

    private static IResult GetStyleMetadata(string styleId, HttpRequest request)
    {
        if (styleId != DefaultId)
        {
            return UnknownStyle(styleId);
        }

        var urls = new RequestUrls(request);
        var legend = MapLegend.ForAllLayers(PlanStyle.Default);
        return TypedResults.Ok(new StyleMetadata(
            DefaultId,
            "GeoPlan plan map",
            "The plan's layers drawn from GeoPlan's vector tiles: operating features solid, under construction dashed, planned and proposed faint.",
            [new StyleSheet("MapLibre style", "8", "https://maplibre.org/maplibre-style-spec/", true,
                new Link(urls.For($"/styles/{DefaultId}"), "stylesheet", MediaType, "The style"))],
            legend.Sections.Select(s => new StyleLegendSection(s.Key, s.TitleZh, s.TitleEn,
                s.Entries.Select(e => new StyleLegendEntry(e.Key, e.TitleZh, e.TitleEn, e.Symbol.Fill?.ToHex(), e.Symbol.Stroke?.ToHex(), e.Symbol.DashArray)).ToList())).ToList(),
            Links(urls)));
    }

    private static bool TryReadLanguage(HttpRequest request, out MapLanguage language, out IResult error)
    {
        language = MapLanguage.Zh;
        error = TypedResults.Empty;
        if (!request.Query.TryGetValue(LanguageParameter, out var values))
        {
            return true;
        }

        if (values.Count == 1 && WireName.TryParse(values[0], out language))
        {
            return true;
        }

        error = ApiProblem.BadParameter(LanguageParameter, $"lang must be zh or en, once; got '{values}'");
        return false;
    }

    private static IReadOnlyList<Link> Links(RequestUrls urls) =>
    [
        new Link(urls.For($"/styles/{DefaultId}"), "stylesheet", MediaType, "The MapLibre style (lang=zh|en, year=2023|2025)"),
        new Link(urls.For($"/styles/{DefaultId}/metadata"), "describedby", MediaTypes.Json, "What the style draws, with its legend"),
        new Link(urls.For("/tiles/WebMercatorQuad"), "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector", MediaTypes.Json, "The tiles it draws"),
    ];

    private static ProblemHttpResult UnknownStyle(string id) =>
        ApiProblem.NotFound("Style", $"there is no style '{id}'; GeoPlan serves '{DefaultId}' (see /styles)");

    // Chinese names stay readable in the document.
    private static readonly JsonSerializerOptions StyleJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
