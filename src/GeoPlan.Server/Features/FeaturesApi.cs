using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Features;

/// <summary>OGC API - Features Part 1: collections, items and single features as GeoJSON.</summary>
public static class FeaturesApi
{
    /// <summary>Maps <c>/collections</c> and everything under it.</summary>
    public static IEndpointRouteBuilder MapFeaturesApi(this IEndpointRouteBuilder app)
    {
        var collections = app.MapGroup("/collections").WithTags("Features");
        collections.MapGet("/", GetCollections).WithName("GetCollections").WithSummary("The plan layers");
        collections.MapGet("/{collectionId}", GetCollection).WithName("GetCollection").WithSummary("One layer: extent, CRS, links");
        collections.MapGet("/{collectionId}/items", GetItems).WithName("GetItems")
            .WithSummary("Features of a layer: bbox, limit (1..10000, default 10), offset, field=value filters, and datetime (an RFC 3339 " +
                "instant) for the layer as it was then");
        collections.MapGet("/{collectionId}/items/{featureId}", GetItem).WithName("GetItem")
            .WithSummary("One feature, with its ETag; If-None-Match with it answers 304 while the feature is unchanged");
        app.MapItemsWriteApi();
        return app;
    }

    private static async Task<Ok<CollectionsDocument>> GetCollections(HttpRequest request, IFeatureStore store, CancellationToken ct)
    {
        var urls = new RequestUrls(request);
        var layers = await store.GetLayersAsync(ct);
        return TypedResults.Ok(new CollectionsDocument(
            [new Link(urls.For("/collections"), "self", MediaTypes.Json, "The plan layers")],
            layers.Select(l => CollectionDocument.From(l, urls)).ToList()));
    }

    private static async Task<Results<Ok<CollectionDocument>, ProblemHttpResult>> GetCollection(
        string collectionId, HttpRequest request, IFeatureStore store, CancellationToken ct)
    {
        var layer = await store.GetLayerAsync(collectionId, ct);
        return layer is null
            ? await CollectionNotFound(store, collectionId, ct)
            : TypedResults.Ok(CollectionDocument.From(layer, new RequestUrls(request)));
    }

    private static async Task<Results<JsonHttpResult<GeoJsonFeatureCollection>, ProblemHttpResult>> GetItems(
        string collectionId, HttpRequest request, IFeatureStore store, CancellationToken ct)
    {
        var layer = await store.GetLayerAsync(collectionId, ct);
        if (layer is null)
        {
            return await CollectionNotFound(store, collectionId, ct);
        }

        var parameters = new QueryCollection(request.Query.Where(p => p.Key != AsOfItems.Parameter).ToDictionary());
        var (query, problem) = ItemsQueryParser.Parse(layer, parameters);
        if (problem is not null)
        {
            return problem;
        }

        DateTimeOffset? instant = null;
        if (request.Query.TryGetValue(AsOfItems.Parameter, out var datetime))
        {
            (instant, problem) = AsOfItems.Parse(datetime.ToString());
            if (problem is not null)
            {
                return problem;
            }
        }

        var page = instant is { } asOf && request.HttpContext.RequestServices.GetService<IFeatureEditor>() is { } editor
            ? await AsOfItems.QueryAsync(store, editor, query!, asOf, ct)
            : await store.QueryAsync(query!, ct);
        var urls = new RequestUrls(request);
        var links = new List<Link>
        {
            new(urls.WithQuery(), "self", MediaTypes.GeoJson, "This page"),
            new(urls.For($"/collections/{layer.Id}"), "collection", MediaTypes.Json, layer.TitleEn),
        };
        if (query!.Offset + page.Features.Count < page.NumberMatched)
        {
            links.Add(new Link(urls.WithQuery(("offset", (query.Offset + query.Limit).ToString())), "next", MediaTypes.GeoJson, "Next page"));
        }

        if (query.Offset > 0)
        {
            links.Add(new Link(urls.WithQuery(("offset", Math.Max(0, query.Offset - query.Limit).ToString())), "prev", MediaTypes.GeoJson, "Previous page"));
        }

        var body = new GeoJsonFeatureCollection(
            page.Features.Select(f => GeoJsonFeature.From(f)).ToList(),
            page.NumberMatched,
            page.Features.Count,
            DateTimeOffset.UtcNow,
            links);
        return TypedResults.Json(body, contentType: MediaTypes.GeoJson);
    }

    private static async Task<Results<JsonHttpResult<GeoJsonFeature>, StatusCodeHttpResult, ProblemHttpResult>> GetItem(
        string collectionId, string featureId, HttpRequest request, IFeatureStore store, CancellationToken ct)
    {
        var layer = await store.GetLayerAsync(collectionId, ct);
        if (layer is null)
        {
            return await CollectionNotFound(store, collectionId, ct);
        }

        var versioned = request.HttpContext.RequestServices.GetService<IFeatureEditor>() is { } editor
            ? await editor.GetVersionedAsync(collectionId, featureId, ct)
            : null;
        var feature = versioned?.Feature ?? await store.GetFeatureAsync(collectionId, featureId, ct);
        if (feature is null)
        {
            return ApiProblem.NotFound("Feature", $"collection '{collectionId}' has no feature '{featureId}'; list its ids at /collections/{collectionId}/items");
        }

        if (versioned is not null)
        {
            request.HttpContext.Response.Headers.ETag = FeatureETag.Of(versioned.Version);
            if (FeatureETag.NoneMatchHolds(request, versioned.Version))
            {
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
        }

        var urls = new RequestUrls(request);
        var self = urls.For($"/collections/{collectionId}/items/{Uri.EscapeDataString(featureId)}");
        var body = GeoJsonFeature.From(feature, [
            new Link(self, "self", MediaTypes.GeoJson, feature.NameEn),
            new Link(urls.For($"/collections/{collectionId}"), "collection", MediaTypes.Json, layer.TitleEn),
            new Link(self + "/tasks", "related", MediaTypes.Json, "Plan tasks that name this feature"),
            new Link(self + "/history", "version-history", MediaTypes.Json, "Every recorded change of this feature"),
        ]);
        return TypedResults.Json(body, contentType: MediaTypes.GeoJson);
    }

    /// <summary>The 404 for a collection id, listing the ones that exist.</summary>
    internal static async Task<ProblemHttpResult> CollectionNotFound(IFeatureStore store, string collectionId, CancellationToken ct)
    {
        var ids = (await store.GetLayersAsync(ct)).Select(l => l.Id);
        return ApiProblem.NotFound("Collection", $"there is no collection '{collectionId}'; available: {string.Join(", ", ids)}");
    }
}
