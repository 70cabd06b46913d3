using System.Globalization;
using GeoPlan.Core.Storage;
using GeoPlan.Interchange.Import;
using GeoPlan.Server.Hosting;
using GeoPlan.Server.Limits;
using GeoPlan.Server.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Import;

/// <summary>Imports over HTTP: a file in the request body into a collection, by the same engine as <c>geoplan import</c>.</summary>
/// <remarks>Needs a token with role editor or admin (<see cref="AccessPolicies.Edit"/>).</remarks>
public static class ImportApi
{
    /// <summary>Maps <c>POST /collections/{collectionId}/import</c>.</summary>
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/collections").WithTags("Import")
            .MapPost("/{collectionId}/import", PostImport).WithName("PostImport").RequireAuthorization(AccessPolicies.Edit)
            // Its own limit, GeoPlan:MaxImportBytes, is set in the handler; the general body limit does not apply.
            .WithMetadata(new OwnBodyLimitAttribute())
            .WithSummary("Import the file in the body into a collection: all of its features or none; format, mode=replace|append, crs, dryRun");
        return app;
    }

    private static async Task<IResult> PostImport(
        string collectionId, HttpContext context, IFeatureStore store, IServiceProvider services, IOptions<GeoPlanOptions> options, CancellationToken ct)
    {
        var (extension, request, problem) = ImportParameters.Parse(collectionId, context.Request);
        if (problem is not null)
        {
            return problem;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxImportBytes;
        }

        var upload = Directory.CreateTempSubdirectory("geoplan-import-");
        try
        {
            var path = Path.Combine(upload.FullName, $"upload-{DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}{extension}");
            await using (var file = File.Create(path))
            {
                await context.Request.Body.CopyToAsync(file, ct);
            }

            if (new FileInfo(path).Length == 0)
            {
                return TypedResults.Problem(title: "Empty body", detail: "send the file to import as the request body", statusCode: StatusCodes.Status400BadRequest);
            }

            var importer = new FeatureImporter(store, services.GetService<IFeatureWriter>());
            var report = await importer.ImportAsync(request! with
            {
                Path = path,
                Source = request.Source ?? $"uploaded to /collections/{collectionId}/import on {DateTime.UtcNow:yyyy-MM-dd}",
                Editor = context.User.EditorName(),
            }, null, ct);
            var document = ImportReportDocument.Of(report);
            if (!report.Succeeded)
            {
                return TypedResults.Problem(
                    title: "Nothing was imported",
                    detail: $"the file has {report.ProblemCount} problem(s); the collection is as it was. Fix them and send the file again",
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    extensions: new Dictionary<string, object?> { ["report"] = document });
            }

            return report.Action == ImportAction.Create && report.Written
                ? TypedResults.Created($"/collections/{collectionId}", document)
                : TypedResults.Ok(document);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(
                title: "File too large",
                detail: $"imports over HTTP take files up to {options.Value.MaxImportBytes} bytes (GeoPlan:MaxImportBytes); import larger ones with 'geoplan import'",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        finally
        {
            upload.Delete(recursive: true);
        }
    }
}
