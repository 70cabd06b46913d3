using System.Net;

namespace GeoPlan.Server.Tests;

/// <summary>Requests of a bulk client, such as a tile sweep, which asks faster than the per-client rate allows.</summary>
internal static class RateLimitedRequests
{
    /// <summary>GETs <paramref name="path"/>, and after a 429 waits as long as its Retry-After says and asks again, as a polite
    /// client does.</summary>
    public static async Task<HttpResponseMessage> GetWithinRateAsync(this HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        while (true)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait);
        }
    }
}
