using GeoPlan.Core.Storage;
using GeoPlan.Server.Http;
using GeoPlan.Server.Observability;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Health;

/// <summary>Liveness and readiness for orchestrators and load balancers.</summary>
public static class HealthApi
{
    /// <summary>Maps <c>/healthz</c> (the process answers) and <c>/readyz</c> (the store answers).</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        // Open whatever GeoPlan:Security says: orchestrators probing the service hold no token.
        var health = app.MapGroup("").WithTags("Health").AllowAnonymous();
        health.MapGet("/healthz", () => TypedResults.Ok(new HealthStatus("ok"))).WithName("GetHealth").WithSummary("The process is up");
        health.MapGet("/readyz", GetReadiness).WithName("GetReadiness").WithSummary("The store answers queries");
        return app;
    }

    private static async Task<Results<Ok<HealthStatus>, ProblemHttpResult>> GetReadiness(
        HttpResponse response, IFeatureStore store, ServerMetrics metrics, CancellationToken ct)
    {
        try
        {
            await store.CheckAvailableAsync(ct);
            return TypedResults.Ok(new HealthStatus("ready"));
        }
        catch (StoreUnavailableException e)
        {
            metrics.StoreFailed();
            response.Headers.RetryAfter = StoreUnavailableHandler.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(title: "Not ready", detail: e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}

/// <summary>A health answer.</summary>
public sealed record HealthStatus(string Status);
