using GeoPlan.Core.Storage;
using GeoPlan.Server.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Export;

/// <summary>Collections as files for GIS tools: GeoJSON, GeoPackage, Shapefile (zipped), CSV and KML, in a chosen CRS and year.</summary>
public static class ExportApi
{
    /// <summary>Maps <c>/collections/{collectionId}/export</c>.</summary>
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/collections").WithTags("Export")
            .MapGet("/{collectionId}/export", GetExport).WithName("GetExport")
            .WithSummary("A layer as a file: f=geojson|gpkg|shp|csv|kml, crs (default CRS84), year; an attachment, streamed");
        return app;
    }

    private static async Task<Results<ExportDownload, ProblemHttpResult>> GetExport(
        string collectionId, HttpRequest request, IFeatureStore store, CancellationToken ct)
    {
        var layer = await store.GetLayerAsync(collectionId, ct);
        if (layer is null)
        {
            return await FeaturesApi.CollectionNotFound(store, collectionId, ct);
        }

        var (export, problem) = ExportRequest.Parse(request.Query);
        return problem ?? (Results<ExportDownload, ProblemHttpResult>)new ExportDownload(layer, export!, store);
    }
}
