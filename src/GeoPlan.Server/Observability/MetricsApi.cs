namespace GeoPlan.Server.Observability;

/// <summary>The service's metrics for Prometheus.</summary>
public static class MetricsApi
{
    /// <summary>Maps <c>/metrics</c>: the Prometheus text exposition of <see cref="MetricsCollector"/>.</summary>
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", (MetricsCollector metrics) => TypedResults.Text(PrometheusText.Write(metrics), PrometheusText.ContentType))
            .WithTags("Health").WithName("GetMetrics").WithSummary("Request counts, latency histograms, tile cache hits and store errors (Prometheus)");
        return app;
    }
}
