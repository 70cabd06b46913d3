using System.Text.Json;
using System.Text.Json.Nodes;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using GeoPlan.Server.Http;
using GeoPlan.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Features;

/// <summary>OGC API - Features Part 4: create, replace, update and delete single features under optimistic concurrency (ETag and
/// If-Match), each change recorded with who made it and when; and the history of those changes.</summary>
public static class ItemsWriteApi
{
    /// <summary>The Part 4 conformance classes the API implements.</summary>
    public static IReadOnlyList<string> ConformanceClasses { get; } =
    [
        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features",
    ];

    /// <summary>The methods <c>/collections/{id}/items</c> answers.</summary>
    public const string ItemsAllow = "GET, HEAD, POST, OPTIONS";

    /// <summary>The methods <c>/collections/{id}/items/{featureId}</c> answers.</summary>
    public const string ItemAllow = "GET, HEAD, PUT, PATCH, DELETE, OPTIONS";

    /// <summary>Maps POST on items; PUT, PATCH, DELETE on an item; OPTIONS on both; and GET of an item's history.</summary>
    public static IEndpointRouteBuilder MapItemsWriteApi(this IEndpointRouteBuilder app)
    {
        var items = app.MapGroup("/collections/{collectionId}/items").WithTags("Features");
        items.MapPost("/", CreateItem).WithName("CreateItem").RequireAuthorization(AccessPolicies.Edit)
            .WithSummary("Create a feature from a GeoJSON Feature; answers 201 with Location and ETag")
            .WithDescription("The id is the body's, or a new one when it has none. The properties are those a GET returns. " +
                "Needs an editor's token; the change is recorded under its name.")
            .Accepts<JsonObject>(MediaTypes.GeoJson, MediaTypes.Json)
            .Produces(StatusCodes.Status201Created, contentType: MediaTypes.GeoJson)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapPut("/{featureId}", ReplaceItem).WithName("ReplaceItem").RequireAuthorization(AccessPolicies.Edit)
            .WithSummary("Replace a feature with a GeoJSON Feature; If-Match with its ETag is required")
            .WithDescription("428 without If-Match; 412 with the current ETag when the feature changed since it was read.")
            .Accepts<JsonObject>(MediaTypes.GeoJson, MediaTypes.Json)
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.GeoJson)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        items.MapPatch("/{featureId}", UpdateItem).WithName("UpdateItem").RequireAuthorization(AccessPolicies.Edit)
            .WithSummary("Change some of a feature's properties or its geometry with a JSON Merge Patch (RFC 7396); If-Match is required")
            .WithDescription("""e.g. {"properties": {"status": "operating", "open_year": 2025}}; null removes an optional property.""")
            .Accepts<JsonObject>(MergePatch.MediaType)
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.GeoJson)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        items.MapDelete("/{featureId}", DeleteItem).WithName("DeleteItem").RequireAuthorization(AccessPolicies.Edit)
            .WithSummary("Delete a feature; If-Match is required")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        items.MapMethods(
                "/",
                [HttpMethods.Options],
                (string collectionId, IFeatureStore store, HttpContext context, CancellationToken ct) =>
                    AllowAsync(collectionId, ItemsAllow, store, context, ct))
            .WithName("ItemsOptions").WithSummary("The methods the items answer");
        items.MapMethods(
                "/{featureId}",
                [HttpMethods.Options],
                (string collectionId, IFeatureStore store, HttpContext context, CancellationToken ct) =>
                    AllowAsync(collectionId, ItemAllow, store, context, ct))
            .WithName("ItemOptions").WithSummary("The methods a feature answers");
        items.MapGet("/{featureId}/history", GetHistory).WithName("GetItemHistory")
            .WithSummary("Every recorded change of a feature, oldest first: who, when, what, and the feature before and after")
            .Produces<FeatureHistoryDocument>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> CreateItem(
        string collectionId,
        HttpContext context,
        IFeatureStore store,
        IFeatureEditor editor,
        IOptions<JsonOptions> json,
        CancellationToken ct)
    {
        if (await store.GetLayerAsync(collectionId, ct) is not { } layer)
        {
            return await FeaturesApi.CollectionNotFound(store, collectionId, ct);
        }

        var (body, bodyProblem) = await ItemBody.ReadObjectAsync(context.Request, ct);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var (feature, problem) = ItemBody.Read(body!, layer, null);
        if (problem is not null)
        {
            return problem;
        }

        return await WriteAsync(
            context, json, StatusCodes.Status201Created, feature!, () => editor.CreateAsync(feature!, context.User.EditorName(), ct));
    }

    private static Task<IResult> ReplaceItem(
        string collectionId, string featureId, HttpContext context, IFeatureStore store, IFeatureEditor editor, IOptions<JsonOptions> json,
        CancellationToken ct) =>
        ChangeAsync(collectionId, featureId, context, store, editor, async (layer, current, expected) =>
        {
            var (body, bodyProblem) = await ItemBody.ReadObjectAsync(context.Request, ct);
            if (bodyProblem is not null)
            {
                return bodyProblem;
            }

            var (feature, problem) = ItemBody.Read(body!, layer, featureId);
            return problem ?? await WriteAsync(
                context, json, StatusCodes.Status200OK, feature!,
                () => editor.ReplaceAsync(feature!, expected, AuditOperation.Replace, context.User.EditorName(), ct));
        }, ct);

    private static Task<IResult> UpdateItem(
        string collectionId, string featureId, HttpContext context, IFeatureStore store, IFeatureEditor editor, IOptions<JsonOptions> json,
        CancellationToken ct) =>
        ChangeAsync(collectionId, featureId, context, store, editor, async (layer, current, expected) =>
        {
            if (!string.Equals(context.Request.ContentType?.Split(';')[0].Trim(), MergePatch.MediaType, StringComparison.OrdinalIgnoreCase))
            {
                return TypedResults.Problem(
                    title: "Unsupported patch format",
                    detail: $"send the changes as a JSON Merge Patch with Content-Type: {MergePatch.MediaType}, " +
                        """e.g. {"properties": {"status": "operating"}}""",
                    statusCode: StatusCodes.Status415UnsupportedMediaType);
            }

            var (patch, bodyProblem) = await ItemBody.ReadObjectAsync(context.Request, ct);
            if (bodyProblem is not null)
            {
                return bodyProblem;
            }

            var target = JsonSerializer.SerializeToNode(GeoJsonFeature.From(current.Feature), json.Value.SerializerOptions);
            var merged = MergePatch.Apply(target, patch) as JsonObject ?? [];
            var (feature, problem) = ItemBody.Read(merged, layer, featureId);
            return problem ?? await WriteAsync(
                context, json, StatusCodes.Status200OK, feature!,
                () => editor.ReplaceAsync(feature!, expected, AuditOperation.Update, context.User.EditorName(), ct));
        }, ct);

    private static Task<IResult> DeleteItem(
        string collectionId, string featureId, HttpContext context, IFeatureStore store, IFeatureEditor editor, CancellationToken ct) =>
        ChangeAsync(collectionId, featureId, context, store, editor, async (layer, current, expected) =>
            await Refusing(context, async () =>
            {
                await editor.DeleteAsync(layer.Id, featureId, expected, context.User.EditorName(), ct);
                return TypedResults.NoContent();
            }), ct);

    // The steps every change of an existing feature shares: the gate, the collection, the feature, and the If-Match precondition.
    private static async Task<IResult> ChangeAsync(
        string collectionId,
        string featureId,
        HttpContext context,
        IFeatureStore store,
        IFeatureEditor editor,
        Func<LayerInfo, VersionedFeature, long, Task<IResult>> change,
        CancellationToken ct)
    {
        if (await store.GetLayerAsync(collectionId, ct) is not { } layer)
        {
            return await FeaturesApi.CollectionNotFound(store, collectionId, ct);
        }

        if (await editor.GetVersionedAsync(collectionId, featureId, ct) is not { } current)
        {
            return FeatureNotFound(collectionId, featureId);
        }

        var ifMatch = FeatureETag.ReadIfMatch(context.Request);
        if (!ifMatch.Present)
        {
            context.Response.Headers.ETag = FeatureETag.Of(current.Version);
            return TypedResults.Problem(
                title: "If-Match required",
                detail: $"a change of '{featureId}' must say which version it changes: send If-Match with the ETag a GET of " +
                    $"/collections/{collectionId}/items/{featureId} returned (now {FeatureETag.Of(current.Version)})",
                statusCode: StatusCodes.Status428PreconditionRequired);
        }

        return ifMatch.Expected(current.Version) is { } expected && expected == current.Version
            ? await change(layer, current, expected)
            : Stale(context, collectionId, featureId, current.Version);
    }

    private static async Task<IResult> WriteAsync(
        HttpContext context, IOptions<JsonOptions> json, int status, PlanFeature feature, Func<Task<long>> write) =>
        await Refusing(context, async () =>
        {
            var version = await write();
            var urls = new RequestUrls(context.Request);
            var self = urls.For($"/collections/{feature.Layer}/items/{Uri.EscapeDataString(feature.Id)}");
            context.Response.Headers.ETag = FeatureETag.Of(version);
            if (status == StatusCodes.Status201Created)
            {
                context.Response.Headers.Location = self;
            }

            var body = GeoJsonFeature.From(feature, [
                new Link(self, "self", MediaTypes.GeoJson, feature.NameEn),
                new Link(self + "/history", "version-history", MediaTypes.Json, "Every recorded change of this feature"),
            ]);
            return TypedResults.Json(body, json.Value.SerializerOptions, MediaTypes.GeoJson, status);
        });

    // The store's refusals as the answers a client can act on; a store that cannot be reached is left to the 503 handler.
    private static async Task<IResult> Refusing(HttpContext context, Func<Task<IResult>> write)
    {
        try
        {
            return await write();
        }
        catch (VersionMismatchException e)
        {
            return Stale(context, e.Collection, e.FeatureId, e.Current);
        }
        catch (FeatureNotFoundException e)
        {
            return FeatureNotFound(e.Collection, e.FeatureId);
        }
        catch (DuplicateFeatureIdException e)
        {
            return TypedResults.Problem(
                title: "Feature id taken",
                detail: $"{e.Message}; give another id, or leave it out for a new one",
                statusCode: StatusCodes.Status409Conflict);
        }
        catch (InvalidOperationException e) when (e is not LayerMismatchException)
        {
            return TypedResults.Problem(
                title: "The change conflicts with the plan", detail: e.Message, statusCode: StatusCodes.Status409Conflict);
        }
        catch (ArgumentException e)
        {
            var field = e.Message.Contains("geometry", StringComparison.Ordinal) ? "geometry" : "properties";
            return TypedResults.Problem(
                title: $"Invalid {field}",
                detail: e.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["parameter"] = field });
        }
    }

    private static async Task<IResult> GetHistory(
        string collectionId, string featureId, HttpRequest request, IFeatureStore store, IFeatureEditor editor, CancellationToken ct)
    {
        if (await store.GetLayerAsync(collectionId, ct) is null)
        {
            return await FeaturesApi.CollectionNotFound(store, collectionId, ct);
        }

        var history = await editor.GetHistoryAsync(collectionId, featureId, ct);
        if (history.Count == 0 && await store.GetFeatureAsync(collectionId, featureId, ct) is null)
        {
            return FeatureNotFound(collectionId, featureId);
        }

        var urls = new RequestUrls(request);
        var item = urls.For($"/collections/{collectionId}/items/{Uri.EscapeDataString(featureId)}");
        return TypedResults.Ok(new FeatureHistoryDocument(
            collectionId,
            featureId,
            history.Select(FeatureChangeDocument.From).ToList(),
            [
                new Link(item + "/history", "self", MediaTypes.Json, "This history"),
                new Link(item, "item", MediaTypes.GeoJson, "The feature"),
            ]));
    }

    private static async Task<IResult> AllowAsync(
        string collectionId, string allow, IFeatureStore store, HttpContext context, CancellationToken ct)
    {
        if (await store.GetLayerAsync(collectionId, ct) is null)
        {
            return await FeaturesApi.CollectionNotFound(store, collectionId, ct);
        }

        context.Response.Headers.Allow = allow;
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Stale(HttpContext context, string collectionId, string featureId, long current)
    {
        context.Response.Headers.ETag = FeatureETag.Of(current);
        return TypedResults.Problem(
            title: "The feature changed since it was read",
            detail: $"'{featureId}' of '{collectionId}' is now at {FeatureETag.Of(current)}, not the version If-Match names; " +
                "GET it again, apply your change to what it is now, and send that with its ETag",
            statusCode: StatusCodes.Status412PreconditionFailed);
    }

    private static ProblemHttpResult FeatureNotFound(string collectionId, string featureId) =>
        ApiProblem.NotFound(
            "Feature", $"collection '{collectionId}' has no feature '{featureId}'; list its ids at /collections/{collectionId}/items");
}
