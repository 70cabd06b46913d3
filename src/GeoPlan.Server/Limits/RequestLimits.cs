namespace GeoPlan.Server.Limits;

/// <summary>Registers the limits of <see cref="LimitOptions"/>: body size and per-client rates.</summary>
public static class RequestLimits
{
    /// <summary>Binds <c>GeoPlan:Limits</c> and adds the rate limiter and the handler that answers bodies refused while read.</summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LimitOptions>(configuration.GetSection(LimitOptions.Section));
        services.AddExceptionHandler<BadHttpRequestHandler>();
        return services.AddClientRateLimits();
    }

    /// <summary>Applies the body size limit and the rate limits; use it after routing, as both depend on the endpoint.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestBodyLimit>().UseRateLimiter();
}
