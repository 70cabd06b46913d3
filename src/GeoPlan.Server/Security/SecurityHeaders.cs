using GeoPlan.Server.Viewer;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Security;

/// <summary>Adds the security headers to every response: no content sniffing, a referrer policy, who may frame the service, and for
/// HTML pages (the viewer, WMS feature info) a content security policy that lets MapLibre and the viewer's background map run.</summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptionsMonitor<SecurityOptions> options, IOptionsMonitor<ViewerOptions> viewer)
{
    /// <summary>Runs the rest of the pipeline with the headers added as the response starts.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            Apply(context.Response, options.CurrentValue, viewer.CurrentValue.BackgroundOrigin);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void Apply(HttpResponse response, SecurityOptions options, string? backgroundOrigin)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        var ancestors = options.FrameAncestorsDirective();
        // X-Frame-Options names one origin at most; browsers that know CSP ignore it when frame-ancestors is set.
        if (options.FrameAncestors.Count == 0)
        {
            headers.XFrameOptions = "SAMEORIGIN";
        }

        var isHtml = response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        headers.ContentSecurityPolicy = isHtml ? $"{options.ContentSecurityPolicyAllowing(backgroundOrigin)}; {ancestors}" : ancestors;
    }
}
