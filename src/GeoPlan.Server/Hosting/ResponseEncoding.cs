using GeoPlan.Server.Http;
using Microsoft.AspNetCore.ResponseCompression;

namespace GeoPlan.Server.Hosting;

/// <summary>Brotli or gzip for the JSON documents, when the client accepts them; tiles and maps encode and tag themselves.</summary>
public static class ResponseEncoding
{
    /// <summary>Adds response compression for JSON, GeoJSON and OpenAPI documents.</summary>
    public static IServiceCollection AddResponseEncoding(this IServiceCollection services) => services.AddResponseCompression(o =>
    {
        o.EnableForHttps = true;
        o.Providers.Add<BrotliCompressionProvider>();
        o.Providers.Add<GzipCompressionProvider>();
        o.MimeTypes = [MediaTypes.Json, MediaTypes.GeoJson, "application/problem+json", "application/vnd.oai.openapi+json", "text/html", "text/xml", "application/xml",
            "text/javascript", "text/css"];
    });
}
