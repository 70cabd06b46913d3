using System.Globalization;
using GeoPlan.Core;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Rendering;
using GeoPlan.Server.Features;
using GeoPlan.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;

namespace GeoPlan.Server.Maps;

/// <summary>OGC API - Maps: the whole plan at <c>/map</c> and one layer at <c>/collections/{id}/map</c>, as PNG.</summary>
public static class MapsApi
{
    /// <summary>The link relation of a map.</summary>
    public const string MapRelation = "http://www.opengis.net/def/rel/ogc/1.0/map";

    /// <summary>The conformance classes of OGC API - Maps - Part 1 that the maps meet.</summary>
    public static IReadOnlyList<string> ConformanceClasses { get; } =
    [
        "http://www.opengis.net/spec/ogcapi-maps-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-maps-1/1.0/conf/scaling",
        "http://www.opengis.net/spec/ogcapi-maps-1/1.0/conf/spatial-subsetting",
        "http://www.opengis.net/spec/ogcapi-maps-1/1.0/conf/crs",
        "http://www.opengis.net/spec/ogcapi-maps-1/1.0/conf/background",
        "http://www.opengis.net/spec/ogcapi-maps-1/1.0/conf/png",
    ];

    // Degrees added around a default extent, so features on its edge are not cut, and the least it may span.
    private const double ExtentMargin = 0.02;
    private const double SmallestExtent = 0.01;

    /// <summary>Maps <c>/map</c> and <c>/collections/{collectionId}/map</c>.</summary>
    public static IEndpointRouteBuilder MapMapsApi(this IEndpointRouteBuilder app)
    {
        const string Parameters = "bbox, bbox-crs, subset, center, crs, width, height, scale-denominator, transparent, bgcolor, year, lang";
        app.MapGet("/map", GetMap).WithTags("Maps").WithName("GetMap").WithSummary($"Every plan layer as a PNG map: {Parameters}");
        app.MapGet("/collections/{collectionId}/map", GetCollectionMap).WithTags("Maps").WithName("GetCollectionMap")
            .WithSummary($"One layer as a PNG map: {Parameters}");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetMap(
        HttpRequest request, IFeatureStore store, LayerCatalog catalog, MapRenderer renderer, CancellationToken ct)
    {
        var layers = await catalog.GetLayersAsync(ct);
        var ids = layers.OrderBy(l => renderer.Style.Find(l.Id)?.DrawOrder ?? int.MaxValue).Select(l => l.Id).ToList();
        return await RenderAsync(request, ids, layers, DefaultExtent(layers), store, renderer, ct);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetCollectionMap(
        string collectionId, HttpRequest request, IFeatureStore store, LayerCatalog catalog, MapRenderer renderer, CancellationToken ct)
    {
        var layer = await catalog.GetLayerAsync(collectionId, ct);
        return layer is null
            ? await FeaturesApi.CollectionNotFound(store, collectionId, ct)
            : await RenderAsync(request, [layer.Id], [layer], DefaultExtent([layer]), store, renderer, ct);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RenderAsync(
        HttpRequest request,
        IReadOnlyList<string> drawn,
        IReadOnlyList<LayerInfo> layers,
        Envelope defaultLonLat,
        IFeatureStore store,
        MapRenderer renderer,
        CancellationToken ct)
    {
        var (map, problem) = MapsQueryParser.Parse(request.Query, drawn, defaultLonLat, renderer.Style);
        if (problem is not null)
        {
            return problem;
        }

        var png = await MapImage.RenderPngAsync(map!, layers, store, renderer, ct);
        var viewport = map!.Viewport;
        var extent = viewport.Extent;
        request.HttpContext.Response.Headers["Content-Crs"] = $"<{viewport.Crs.Uri}>";
        request.HttpContext.Response.Headers["Content-Bbox"] = string.Join(
            ",", new[] { extent.MinX, extent.MinY, extent.MaxX, extent.MaxY }.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
        return PngResponse.From(request.HttpContext.Response, png);
    }

    private static Envelope DefaultExtent(IEnumerable<LayerInfo> layers)
    {
        var extent = new Envelope();
        foreach (var layerExtent in layers.Select(l => l.Extent).OfType<Envelope>())
        {
            extent.ExpandToInclude(layerExtent);
        }

        if (extent.IsNull)
        {
            return MetropolitanArea.Bounds;
        }

        extent.ExpandBy(Math.Max(extent.Width * ExtentMargin, SmallestExtent), Math.Max(extent.Height * ExtentMargin, SmallestExtent));
        return extent;
    }
}
