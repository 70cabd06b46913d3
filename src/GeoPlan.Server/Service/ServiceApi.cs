using System.Text.Json.Serialization;
using GeoPlan.Server.Analysis;
using GeoPlan.Server.Features;
using GeoPlan.Server.Http;
using GeoPlan.Server.Maps;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Service;

/// <summary>The OGC API landing page and conformance declaration.</summary>
public static class ServiceApi
{
    /// <summary>The conformance classes GeoPlan implements.</summary>
    public static IReadOnlyList<string> ConformanceClasses { get; } =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        .. ItemsWriteApi.ConformanceClasses,
        .. MapsApi.ConformanceClasses,
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/dataset-tilesets",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
        "http://www.opengis.net/spec/tms/2.0/conf/tilematrixset",
        "http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixset",
        "http://www.opengis.net/spec/ogcapi-styles-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-styles-1/1.0/conf/mapbox-styles",
        .. ProcessesApi.ConformanceClasses,
    ];

    /// <summary>Maps <c>/</c> and <c>/conformance</c>.</summary>
    public static IEndpointRouteBuilder MapServiceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetLandingPage).WithTags("Service").WithName("GetLandingPage").WithSummary("Links to everything GeoPlan serves");
        app.MapGet("/conformance", () => TypedResults.Ok(new ConformanceDocument(ConformanceClasses)))
            .WithTags("Service").WithName("GetConformance").WithSummary("The OGC conformance classes implemented");
        return app;
    }

    private static Ok<LandingPage> GetLandingPage(HttpRequest request)
    {
        var urls = new RequestUrls(request);
        return TypedResults.Ok(new LandingPage(
            "GeoPlan — Shenyang modern metropolitan area plan",
            "沈阳市加快建设国家中心城市行动计划: plan layers, tasks and indicators as OGC API - Features and a plan API.",
            [
                new Link(urls.For("/"), "self", MediaTypes.Json, "This document"),
                new Link(urls.For("/api"), "service-desc", MediaTypes.OpenApi, "The API definition (OpenAPI 3.0)"),
                new Link(urls.For("/conformance"), "conformance", MediaTypes.Json, "Conformance classes"),
                new Link(urls.For("/collections"), "data", MediaTypes.Json, "The plan layers"),
                new Link(urls.For("/map"), MapsApi.MapRelation, "image/png", "Every plan layer as a map (OGC API - Maps)"),
                new Link(urls.For("/tiles"), "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector", MediaTypes.Json, "Vector tiles of all plan layers"),
                new Link(urls.For("/tileMatrixSets"), "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes", MediaTypes.Json, "Tiling schemes"),
                new Link(urls.For("/styles"), "http://www.opengis.net/def/rel/ogc/1.0/styles", MediaTypes.Json, "Map styles for MapLibre"),
                new Link(urls.For("/processes"), "http://www.opengis.net/def/rel/ogc/1.0/processes", MediaTypes.Json, "Analysis processes: commute isochrones"),
                new Link(urls.For("/analysis/commute/metropolitan"), "related", MediaTypes.Json, "The metropolitan 1-hour population coverage, 2023 and 2025"),
                new Link(urls.For("/plan/tasks"), "related", MediaTypes.Json, "The plan's task tree"),
                new Link(urls.For("/plan/indicators"), "related", MediaTypes.Json, "The plan's 34 indicators"),
            ]));
    }
}

/// <summary>The OGC API landing page.</summary>
public sealed record LandingPage(string Title, string Description, IReadOnlyList<Link> Links);

/// <summary>The <c>/conformance</c> document.</summary>
public sealed record ConformanceDocument([property: JsonPropertyName("conformsTo")] IReadOnlyList<string> ConformsTo);
