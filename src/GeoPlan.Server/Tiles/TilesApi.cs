using GeoPlan.Core.Model;
using GeoPlan.Core.Tiles;
using GeoPlan.Server.Hosting;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Tiles;

/// <summary>OGC API - Tiles: the WebMercatorQuad tile matrix set, vector tilesets of every collection and of all together, and TileJSON.</summary>
public static class TilesApi
{
    /// <summary>Maps <c>/tileMatrixSets</c>, <c>/tiles</c> and <c>/collections/{collectionId}/tiles</c>.</summary>
    public static IEndpointRouteBuilder MapTilesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").WithTags("Tiles");
        api.MapGet("/tileMatrixSets", GetTileMatrixSets).WithName("GetTileMatrixSets").WithSummary("The tiling schemes tiles are served in");
        api.MapGet("/tileMatrixSets/{tileMatrixSetId}", GetTileMatrixSet).WithName("GetTileMatrixSet").WithSummary("A tiling scheme");

        api.MapGet("/tiles", GetCombinedTilesets).WithName("GetTilesets").WithSummary("The tileset of all plan layers");
        api.MapGet("/tiles/{tileMatrixSetId}", GetCombinedTileset).WithName("GetTileset").WithSummary("Metadata of the tileset of all plan layers");
        api.MapGet("/tiles/{tileMatrixSetId}/tilejson", GetCombinedTileJson).WithName("GetTileJson").WithSummary("TileJSON 3.0 of all plan layers");
        api.MapGet("/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}", GetCombinedTile)
            .WithName("GetTile").WithSummary("A vector tile with every plan layer (MVT); 204 when empty");

        var collection = api.MapGroup("/collections/{collectionId}/tiles");
        collection.MapGet("", GetCollectionTilesets).WithName("GetCollectionTilesets").WithSummary("The tileset of a collection");
        collection.MapGet("/{tileMatrixSetId}", GetCollectionTileset).WithName("GetCollectionTileset").WithSummary("Metadata of a collection's tileset");
        collection.MapGet("/{tileMatrixSetId}/tilejson", GetCollectionTileJson).WithName("GetCollectionTileJson").WithSummary("TileJSON 3.0 of a collection");
        collection.MapGet("/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}", GetCollectionTile)
            .WithName("GetCollectionTile").WithSummary("A vector tile of one collection (MVT); 204 when empty");
        return app;
    }

    private static Ok<TileMatrixSetList> GetTileMatrixSets(HttpRequest request)
    {
        var urls = new RequestUrls(request);
        return TypedResults.Ok(new TileMatrixSetList([
            new TileMatrixSetReference(WebMercatorQuad.Id, "Google Maps Compatible for the World", WebMercatorQuad.Definition.Uri, [
                new Link(urls.For($"/tileMatrixSets/{WebMercatorQuad.Id}"), "self", MediaTypes.Json, "The tile matrix set"),
            ]),
        ]));
    }

    private static Results<Ok<TileMatrixSetDefinition>, ProblemHttpResult> GetTileMatrixSet(string tileMatrixSetId) =>
        tileMatrixSetId == WebMercatorQuad.Id ? TypedResults.Ok(WebMercatorQuad.Definition) : UnknownTileMatrixSet(tileMatrixSetId);

    private static async Task<Ok<TilesetList>> GetCombinedTilesets(HttpRequest request, LayerCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(TilesetDocuments.List(Tileset.Combined(await catalog.GetLayersAsync(ct)), new RequestUrls(request)));

    private static async Task<Results<Ok<TilesetMetadata>, ProblemHttpResult>> GetCombinedTileset(
        string tileMatrixSetId, HttpRequest request, LayerCatalog catalog, CancellationToken ct) =>
        tileMatrixSetId != WebMercatorQuad.Id
            ? UnknownTileMatrixSet(tileMatrixSetId)
            : TypedResults.Ok(TilesetDocuments.Metadata(Tileset.Combined(await catalog.GetLayersAsync(ct)), new RequestUrls(request)));

    private static async Task<Results<Ok<TileJson>, ProblemHttpResult>> GetCombinedTileJson(
        string tileMatrixSetId, HttpRequest request, LayerCatalog catalog, CancellationToken ct)
    {
        if (tileMatrixSetId != WebMercatorQuad.Id)
        {
            return UnknownTileMatrixSet(tileMatrixSetId);
        }

        return ScenarioYearParameter.Read(request) is { Problem: { } error }
            ? error
            : TypedResults.Ok(TilesetDocuments.TileJson(Tileset.Combined(await catalog.GetLayersAsync(ct)), new RequestUrls(request), request.Query["year"]));
    }

    private static async Task<IResult> GetCombinedTile(
        string tileMatrixSetId, string tileMatrix, string tileRow, string tileCol, HttpContext context, LayerCatalog catalog, VectorTiles tiles, CancellationToken ct) =>
        await GetTileAsync(Tileset.Combined(await catalog.GetLayersAsync(ct)), tileMatrixSetId, tileMatrix, tileRow, tileCol, context, tiles, ct);

    private static async Task<Results<Ok<TilesetList>, ProblemHttpResult>> GetCollectionTilesets(
        string collectionId, HttpRequest request, LayerCatalog catalog, CancellationToken ct) =>
        await catalog.GetLayerAsync(collectionId, ct) is { } layer
            ? TypedResults.Ok(TilesetDocuments.List(Tileset.Of(layer), new RequestUrls(request)))
            : UnknownCollection(collectionId);

    private static async Task<Results<Ok<TilesetMetadata>, ProblemHttpResult>> GetCollectionTileset(
        string collectionId, string tileMatrixSetId, HttpRequest request, LayerCatalog catalog, CancellationToken ct)
    {
        if (await catalog.GetLayerAsync(collectionId, ct) is not { } layer)
        {
            return UnknownCollection(collectionId);
        }

        return tileMatrixSetId != WebMercatorQuad.Id
            ? UnknownTileMatrixSet(tileMatrixSetId)
            : TypedResults.Ok(TilesetDocuments.Metadata(Tileset.Of(layer), new RequestUrls(request)));
    }

    private static async Task<Results<Ok<TileJson>, ProblemHttpResult>> GetCollectionTileJson(
        string collectionId, string tileMatrixSetId, HttpRequest request, LayerCatalog catalog, CancellationToken ct)
    {
        if (await catalog.GetLayerAsync(collectionId, ct) is not { } layer)
        {
            return UnknownCollection(collectionId);
        }

        if (tileMatrixSetId != WebMercatorQuad.Id)
        {
            return UnknownTileMatrixSet(tileMatrixSetId);
        }

        return ScenarioYearParameter.Read(request) is { Problem: { } error }
            ? error
            : TypedResults.Ok(TilesetDocuments.TileJson(Tileset.Of(layer), new RequestUrls(request), request.Query["year"]));
    }

    private static async Task<IResult> GetCollectionTile(
        string collectionId, string tileMatrixSetId, string tileMatrix, string tileRow, string tileCol,
        HttpContext context, LayerCatalog catalog, VectorTiles tiles, CancellationToken ct) =>
        await catalog.GetLayerAsync(collectionId, ct) is { } layer
            ? await GetTileAsync(Tileset.Of(layer), tileMatrixSetId, tileMatrix, tileRow, tileCol, context, tiles, ct)
            : UnknownCollection(collectionId);

    private static async Task<IResult> GetTileAsync(
        Tileset tileset, string tileMatrixSetId, string tileMatrix, string tileRow, string tileCol, HttpContext context, VectorTiles tiles, CancellationToken ct)
    {
        if (tileMatrixSetId != WebMercatorQuad.Id)
        {
            return UnknownTileMatrixSet(tileMatrixSetId);
        }

        // OGC paths are {tileMatrix}/{tileRow}/{tileCol}: zoom, then y, then x.
        if (!TileAddress.TryParse(tileMatrix, tileCol, tileRow, out var tile, out var error))
        {
            return ApiProblem.BadParameter("tileMatrix/tileRow/tileCol", $"{error}; tiles are /{{tileMatrix}}/{{tileRow}}/{{tileCol}}, that is /z/y/x");
        }

        // GDAL needs a query string to read a tile URL whose path ends in numbers as one tile, and f=mvt says what it is.
        if (context.Request.Query.TryGetValue("f", out var format) && format != "mvt")
        {
            return ApiProblem.BadParameter("f", $"f must be mvt, the only tile format served; got '{format}'");
        }

        var (scenario, yearError) = ScenarioYearParameter.Read(context.Request);
        if (yearError is not null)
        {
            return yearError;
        }

        return await tiles.GetAsync(tileset, tile, scenario, ct) is { } content
            ? content.ToResult(context)
            : TypedResults.NoContent();
    }

    private static ProblemHttpResult UnknownTileMatrixSet(string id) =>
        ApiProblem.NotFound("Tile matrix set", $"there is no tile matrix set '{id}'; GeoPlan serves {WebMercatorQuad.Id} (see /tileMatrixSets)");

    private static ProblemHttpResult UnknownCollection(string id) =>
        ApiProblem.NotFound("Collection", $"there is no collection '{id}'; see /collections for the plan layers");
}

/// <summary>The list of tile matrix sets at <c>/tileMatrixSets</c>.</summary>
public sealed record TileMatrixSetList([property: System.Text.Json.Serialization.JsonPropertyName("tileMatrixSets")] IReadOnlyList<TileMatrixSetReference> TileMatrixSets);

/// <summary>A tile matrix set in the list: its id, title, URI and link.</summary>
public sealed record TileMatrixSetReference(string Id, string Title, string Uri, IReadOnlyList<Link> Links);
