namespace GeoPlan.Server.Observability;

/// <summary>Registers request ids, structured logs and metrics.</summary>
public static class Observability
{
    /// <summary>The setting that turns console logs into one JSON object a line, scopes (the request id) included.</summary>
    public const string JsonLogsSetting = "GeoPlan:Logging:Json";

    /// <summary>Adds <see cref="ServerMetrics"/>, the <see cref="MetricsCollector"/>, the request id in every problem body and, when
    /// <see cref="JsonLogsSetting"/> is true, JSON console logs.</summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ServerMetrics>().AddSingleton<MetricsCollector>();
        builder.Services.Configure<ProblemDetailsOptions>(o =>
        {
            var earlier = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = c =>
            {
                earlier?.Invoke(c);
                c.ProblemDetails.Extensions["requestId"] = c.HttpContext.TraceIdentifier;
            };
        });
        if (builder.Configuration.GetValue<bool>(JsonLogsSetting))
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        return builder;
    }

    /// <summary>Starts collecting metrics and gives every request an id and an access log line; use it first, so that even the
    /// answers of the exception handler carry the id.</summary>
    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.ApplicationServices.GetRequiredService<MetricsCollector>();
        return app.UseMiddleware<RequestLog>();
    }
}
