using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace GeoPlan.Server.Http;

/// <summary>Content served with a strong ETag, Cache-Control and, when asked for, Brotli or gzip encoding made once and kept.</summary>
/// <remarks>Each encoding is its own representation with its own tag, as RFC 9110 wants of strong validators; 304 when the client holds it.</remarks>
public sealed class CachedContent
{
    /// <summary>How long a client may use a response without asking again; after that it revalidates with its ETag.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    // Below this a compressed body saves less than its headers cost.
    private const int CompressFrom = 512;

    private static readonly string CacheControl = $"public, max-age={(int)MaxAge.TotalSeconds}";

    private readonly string _digest;
    private readonly Lazy<byte[]> _brotli;
    private readonly Lazy<byte[]> _gzip;

    private CachedContent(byte[] bytes, string contentType)
    {
        Bytes = bytes;
        ContentType = contentType;
        _digest = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16));
        EntityTag = $"\"{_digest}\"";
        _brotli = new(() => Compress(bytes, s => new BrotliStream(s, CompressionLevel.Optimal)));
        _gzip = new(() => Compress(bytes, s => new GZipStream(s, CompressionLevel.Optimal)));
    }

    /// <summary>The body as made, without content coding.</summary>
    public byte[] Bytes { get; }

    /// <summary>The body's media type.</summary>
    public string ContentType { get; }

    /// <summary>The strong entity tag of the unencoded body.</summary>
    public string EntityTag { get; }

    /// <summary>Content for <paramref name="bytes"/> of the given media type.</summary>
    public static CachedContent Of(byte[] bytes, string contentType)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new CachedContent(bytes, contentType);
    }

    /// <summary>The response in the best encoding the client accepts, or 304 when <c>If-None-Match</c> names that representation.</summary>
    public IResult ToResult(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (coding, body) = Bytes.Length < CompressFrom ? (null, Bytes) : Negotiate(context.Request) switch
        {
            "br" => ("br", _brotli.Value),
            "gzip" => ("gzip", _gzip.Value),
            _ => ((string?)null, Bytes),
        };
        var tag = coding is null ? EntityTag : $"\"{_digest}-{coding}\"";
        var headers = context.Response.Headers;
        headers.ETag = tag;
        headers.CacheControl = CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        if (EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var held) &&
            held.Any(t => t.Tag == "*" || t.Tag.Equals(tag, StringComparison.Ordinal)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (coding is not null)
        {
            headers.ContentEncoding = coding;
        }

        return TypedResults.Bytes(body, ContentType);
    }

    // Brotli before gzip at equal preference; a coding given q=0 is refused.
    private static string? Negotiate(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted))
        {
            return null;
        }

        return accepted
            .Where(a => (a.Quality ?? 1) > 0 && (a.Value == "br" || a.Value == "gzip"))
            .OrderByDescending(a => a.Quality ?? 1)
            .ThenBy(a => a.Value == "br" ? 0 : 1)
            .Select(a => a.Value.Value)
            .FirstOrDefault();
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> encoder)
    {
        using var output = new MemoryStream();
        using (var stream = encoder(output))
        {
            stream.Write(bytes);
        }

        return output.ToArray();
    }
}
