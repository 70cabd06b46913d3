using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace GeoPlan.Server.Observability;

/// <summary>Gives each request its <see cref="RequestId"/> (response header, log scope, problem bodies) and writes one access line
/// when it is answered: method, route template, status, milliseconds and id.</summary>
/// <remarks>Never the query string or headers: they may carry credentials.</remarks>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    /// <summary>Assigns the id, runs the rest of the pipeline within its log scope and logs the answer.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = RequestId.Accept(context.Request.Headers[RequestId.Header]);
        context.TraceIdentifier = id;
        // Set when the answer starts: the exception handler clears the headers of an answer it replaces.
        context.Response.OnStarting(EchoId, context);
        var started = Stopwatch.GetTimestamp();
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = id }))
        {
            try
            {
                await next(context);
            }
            finally
            {
                Answered(logger, context.Request.Method, RouteOf(context), context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, id);
            }
        }
    }

    private static Task EchoId(object state)
    {
        var context = (HttpContext)state;
        context.Response.Headers[RequestId.Header] = context.TraceIdentifier;
        return Task.CompletedTask;
    }

    // The exception handler clears the endpoint before it answers; the one that failed is kept in its feature.
    private static string RouteOf(HttpContext context)
    {
        var endpoint = context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        return (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} {Status} {ElapsedMs:0.0} ms {RequestId}")]
    private static partial void Answered(ILogger logger, string method, string route, int status, double elapsedMs, string requestId);
}
