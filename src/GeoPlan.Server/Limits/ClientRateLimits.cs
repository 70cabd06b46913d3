using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Limits;

/// <summary>Per-client request rates (partitioned by remote address) for tiles and for analysis; 429 problem+json with Retry-After beyond.</summary>
public static class ClientRateLimits
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    // What each endpoint is, worked out at its first request: every request asks.
    private static readonly ConditionalWeakTable<Endpoint, StrongBox<LimitedKind>> Kinds = [];

    /// <summary>Adds the rate limiter with <see cref="LimitOptions.TilesPerSecond"/> and <see cref="LimitOptions.AnalysisPerSecond"/>.</summary>
    public static IServiceCollection AddClientRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitOptions>>((o, limits) =>
        {
            var tiles = limits.Value.TilesPerSecond;
            var analysis = limits.Value.AnalysisPerSecond;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, (string Kind, string Client)>(context => KindOf(context.GetEndpoint()) switch
            {
                LimitedKind.Tile when tiles > 0 => Bucket(("tiles", ClientOf(context)), tiles),
                LimitedKind.Analysis when analysis > 0 => Bucket(("analysis", ClientOf(context)), analysis),
                _ => RateLimitPartition.GetNoLimiter(("", "")),
            });
            o.OnRejected = (rejected, ct) => OnRejectedAsync(rejected, tiles, analysis);
        });
        return services;
    }

    private static RateLimitPartition<(string, string)> Bucket((string, string) key, int perSecond) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Burst(perSecond),
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";

    // Twice the rate, within what a token bucket can hold.
    private static int Burst(int perSecond) => (int)Math.Min(int.MaxValue, 2L * perSecond);

    private static LimitedKind KindOf(Endpoint? endpoint) =>
        endpoint is null ? LimitedKind.None : Kinds.GetValue(endpoint, e => new StrongBox<LimitedKind>(Classify(e))).Value;

    // A tile endpoint addresses one tile by matrix, row and column; analysis is tagged so, or executes a process.
    private static LimitedKind Classify(Endpoint endpoint)
    {
        if (endpoint is not RouteEndpoint route)
        {
            return LimitedKind.None;
        }

        var pattern = route.RoutePattern;
        if (pattern.GetParameter("tileMatrix") is not null && pattern.GetParameter("tileRow") is not null && pattern.GetParameter("tileCol") is not null)
        {
            return LimitedKind.Tile;
        }

        var tags = route.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>().SelectMany(t => t.Tags);
        return tags.Contains("Analysis") || IsExecution(pattern) ? LimitedKind.Analysis : LimitedKind.None;
    }

    private static bool IsExecution(RoutePattern pattern) => pattern.RawText?.EndsWith("/execution", StringComparison.Ordinal) == true;

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, int tiles, int analysis)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        var (what, rate, setting) = KindOf(context.GetEndpoint()) == LimitedKind.Tile
            ? ("tiles", tiles, "TilesPerSecond")
            : ("analysis requests", analysis, "AnalysisPerSecond");
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"this client asked for {what} faster than the {rate} per second (bursts of {Burst(rate)}) the service allows; " +
                    $"try again in {seconds} second(s), or ask its operator to raise GeoPlan:Limits:{setting}",
            },
        });
    }

    private enum LimitedKind
    {
        None,
        Tile,
        Analysis,
    }
}
