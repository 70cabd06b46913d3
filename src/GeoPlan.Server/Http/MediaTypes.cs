namespace GeoPlan.Server.Http;

/// <summary>The media types GeoPlan serves.</summary>
public static class MediaTypes
{
    /// <summary>Plain JSON.</summary>
    public const string Json = "application/json";

    /// <summary>GeoJSON (RFC 7946).</summary>
    public const string GeoJson = "application/geo+json";

    /// <summary>An OpenAPI 3.0 document.</summary>
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";
}
