namespace GeoPlan.Server.Http;

/// <summary>Answers HEAD as GET without the body (RFC 9110), so every GET resource has one: GDAL and caches ask HEAD before they fetch.</summary>
public sealed class HeadRequests(RequestDelegate next)
{
    /// <summary>Routes a HEAD request as GET and drops the body it writes; the headers, Content-Length included, stay.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return HttpMethods.IsHead(context.Request.Method) ? AnswerWithoutBodyAsync(context) : next(context);
    }

    private async Task AnswerWithoutBodyAsync(HttpContext context)
    {
        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    }
}
