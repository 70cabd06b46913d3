using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Limits;

/// <summary>Refuses a request body larger than <see cref="LimitOptions.MaxBodyBytes"/> with 413 problem+json, before anyone reads it.</summary>
/// <remarks>An endpoint marked <see cref="OwnBodyLimitAttribute"/> (import) sets its own limit. A body without Content-Length is bounded by the server
/// while it is read; <see cref="BadHttpRequestHandler"/> answers that with the same 413.</remarks>
public sealed class RequestBodyLimit(RequestDelegate next, IOptions<LimitOptions> options, IProblemDetailsService problems)
{
    /// <summary>Checks the declared length against the limit and gives the server the limit for bodies it reads in chunks.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetEndpoint()?.Metadata.GetMetadata<OwnBodyLimitAttribute>() is not null)
        {
            return next(context);
        }

        var limit = options.Value.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = TooLarge(limit, $"this request's body is {context.Request.ContentLength} bytes"),
            }).AsTask();
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }

    /// <summary>The 413 problem: the limit, what was sent and how to raise the limit.</summary>
    public static Microsoft.AspNetCore.Mvc.ProblemDetails TooLarge(long limit, string sent) => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = "Request body too large",
        Detail = $"{sent}; this service takes bodies of at most {limit} bytes. Send less, or ask its operator to raise " +
            "GeoPlan:Limits:MaxBodyBytes",
        Extensions = { ["limit"] = limit },
    };
}
