using GeoPlan.Server.Viewer;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Security;

/// <summary>Adds the security headers to every response: no content sniffing, a referrer policy, who may frame the service, and for
/// HTML pages (the viewer, WMS feature info) a content security policy that lets MapLibre and the viewer's background map run.</summary>
public sealed class SecurityHeaders
{
    private readonly RequestDelegate _next;
    private readonly IOptionsMonitor<SecurityOptions> _options;
    private readonly IOptionsMonitor<ViewerOptions> _viewer;
    private readonly Func<object, Task> _apply;
    private SecurityHeaderValues? _values;

    /// <summary>The middleware before <paramref name="next"/>, with the headers <paramref name="options"/> and <paramref name="viewer"/> say.</summary>
    public SecurityHeaders(RequestDelegate next, IOptionsMonitor<SecurityOptions> options, IOptionsMonitor<ViewerOptions> viewer)
    {
        _next = next;
        _options = options;
        _viewer = viewer;
        _apply = ApplyAsync;
    }

    /// <summary>Runs the rest of the pipeline with the headers added as the response starts.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(_apply, context.Response);
        return _next(context);
    }

    private Task ApplyAsync(object state)
    {
        var response = (HttpResponse)state;
        var values = CurrentValues();
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        // X-Frame-Options names one origin at most; browsers that know CSP ignore it when frame-ancestors is set.
        if (values.SameOriginFramesOnly)
        {
            headers.XFrameOptions = "SAMEORIGIN";
        }

        var isHtml = response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        headers.ContentSecurityPolicy = isHtml ? values.HtmlPolicy : values.FrameAncestors;
        return Task.CompletedTask;
    }

    // Worked out again only when either options object is replaced (a configuration reload).
    private SecurityHeaderValues CurrentValues()
    {
        var (options, viewer) = (_options.CurrentValue, _viewer.CurrentValue);
        if (_values is { } known && ReferenceEquals(known.Security, options) && ReferenceEquals(known.Viewer, viewer))
        {
            return known;
        }

        var ancestors = options.FrameAncestorsDirective();
        return _values = new SecurityHeaderValues(
            options, viewer, ancestors, $"{options.ContentSecurityPolicyAllowing(viewer.BackgroundOrigin)}; {ancestors}", options.FrameAncestors.Count == 0);
    }

    private sealed record SecurityHeaderValues(
        SecurityOptions Security, ViewerOptions Viewer, string FrameAncestors, string HtmlPolicy, bool SameOriginFramesOnly);
}
