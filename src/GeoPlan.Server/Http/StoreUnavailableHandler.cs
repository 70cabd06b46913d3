using GeoPlan.Core.Storage;
using GeoPlan.Server.Observability;
using Microsoft.AspNetCore.Diagnostics;

namespace GeoPlan.Server.Http;

/// <summary>Answers a request that met an unreachable store with 503 problem+json and Retry-After, not a 500.</summary>
public sealed class StoreUnavailableHandler(IProblemDetailsService problems, ServerMetrics metrics) : IExceptionHandler
{
    /// <summary>Seconds a client should wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not StoreUnavailableException unavailable)
        {
            return false;
        }

        metrics.StoreFailed();
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The data store is unavailable",
                Detail = $"{unavailable.Message}; try again in {RetryAfterSeconds} seconds",
            },
        });
    }
}
