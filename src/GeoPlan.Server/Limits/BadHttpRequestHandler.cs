using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Limits;

/// <summary>Answers a request the server found malformed while it was read (a body over the limit, a broken body) with its own 4xx
/// status as problem+json, not a 500.</summary>
public sealed class BadHttpRequestHandler(IProblemDetailsService problems, IOptions<LimitOptions> options) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? RequestBodyLimit.TooLarge(options.Value.MaxBodyBytes, "the body sent was longer")
            : new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = bad.StatusCode, Title = "Malformed request", Detail = bad.Message };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }
}
