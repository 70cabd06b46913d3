using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Interchange.Writing;
using Microsoft.Net.Http.Headers;

namespace GeoPlan.Server.Export;

/// <summary>The export as an attachment, written to the response as the store's features are read: the file is never in memory.</summary>
public sealed class ExportDownload(LayerInfo layer, ExportRequest request, IFeatureStore store) : IResult
{
    /// <summary>The request it answers.</summary>
    public ExportRequest Request => request;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var ct = httpContext.RequestAborted;
        response.ContentType = request.Format.MediaType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = request.FileName(layer),
        }.ToString();
        var features = store.ScanAsync(layer.Id, null, request.Year, ct);
        await ExportWriters.For(request.Format).WriteAsync(layer, features, request.Crs, response.Body, ct);
    }
}
