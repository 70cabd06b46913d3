using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace GeoPlan.Server.Maps;

/// <summary>A PNG answer that caches: public for a minute, with a strong ETag over its bytes so a repeat asks with If-None-Match and gets 304.</summary>
internal static class PngResponse
{
    /// <summary>The media type.</summary>
    public const string MediaType = "image/png";

    private const string CacheControl = "public, max-age=60";

    public static FileContentHttpResult From(HttpResponse response, byte[] png)
    {
        response.Headers.CacheControl = CacheControl;
        // File results answer If-None-Match themselves: a matching tag makes them a 304 without a body.
        return TypedResults.File(png, MediaType, entityTag: new EntityTagHeaderValue(EntityTag(png)));
    }

    /// <summary>The quoted strong entity tag of the bytes: the first 128 bits of their SHA-256.</summary>
    public static string EntityTag(byte[] bytes) => $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16))}\"";
}
