using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace GeoPlan.Server.Tests.Editing;

/// <summary>Edit requests as a client sends them: GeoJSON Features, merge patches, and If-Match.</summary>
internal static class EditRequests
{
    /// <summary>A park feature: a square of about 1 km with its south-west corner at (lon, lat).</summary>
    public static string Park(string? id, double lon, double lat, string nameEn = "Test Park", string extra = "")
    {
        string P(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var ring = $"[[{P(lon)},{P(lat)}],[{P(lon + 0.01)},{P(lat)}],[{P(lon + 0.01)},{P(lat + 0.01)}],[{P(lon)},{P(lat + 0.01)}],[{P(lon)},{P(lat)}]]";
        var idMember = id is null ? "" : $"\"id\": \"{id}\", ";
        var properties = $"\"name_zh\": \"测试公园\", \"name_en\": \"{nameEn}\", \"status\": \"planned\", \"target_year\": 2025, " +
            $"\"source\": \"drawn in an edit test\", \"accuracy_m\": 25{extra}";
        return "{\"type\": \"Feature\", " + idMember + "\"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\": [[" + ring + "]]}, " +
            "\"properties\": {" + properties + "}}";
    }

    public static StringContent GeoJson(string body) => new(body, Encoding.UTF8, "application/geo+json");

    public static StringContent Patch(string body) => new(body, Encoding.UTF8, "application/merge-patch+json");

    public static HttpRequestMessage With(this HttpRequestMessage request, string? ifMatch)
    {
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch == "*" ? EntityTagHeaderValue.Any : EntityTagHeaderValue.Parse(ifMatch));
        }

        return request;
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, HttpContent? content, string? ifMatch) =>
        client.SendAsync(new HttpRequestMessage(method, url) { Content = content }.With(ifMatch));

    public static string ETag(this HttpResponseMessage response) => response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("no ETag");
}
