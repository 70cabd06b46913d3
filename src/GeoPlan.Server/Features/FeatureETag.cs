using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace GeoPlan.Server.Features;

/// <summary>A feature's strong entity tag: its version in quotes, e.g. <c>"42"</c>; it changes with every change of the feature.</summary>
public static class FeatureETag
{
    /// <summary>The entity tag of a version.</summary>
    public static string Of(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>What an <c>If-Match</c> header asks: nothing (absent), any current version (<c>*</c>), or the versions it lists; weak
    /// tags and tags GeoPlan did not make match nothing.</summary>
    public static IfMatch ReadIfMatch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfMatch;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString()))
        {
            return new IfMatch(false, false, []);
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return new IfMatch(true, false, []);
        }

        var versions = tags
            .Where(t => !t.IsWeak && !t.Equals(EntityTagHeaderValue.Any))
            .Select(t => long.TryParse(t.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var v)
                ? v
                : (long?)null)
            .OfType<long>()
            .ToList();
        return new IfMatch(true, tags.Any(t => t.Equals(EntityTagHeaderValue.Any)), versions);
    }

    /// <summary>True when an <c>If-None-Match</c> header names <paramref name="version"/> (weakly compared, as RFC 9110 says) or is
    /// <c>*</c>.</summary>
    public static bool NoneMatchHolds(HttpRequest request, long version)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.IfNoneMatch.Count > 0 &&
            EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags) &&
            tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Value == Of(version));
    }
}

/// <summary>An <c>If-Match</c> header as read.</summary>
/// <param name="Present">Whether the request sent one.</param>
/// <param name="Any">Whether it is <c>*</c>: any current version.</param>
/// <param name="Versions">The versions its strong tags name.</param>
public sealed record IfMatch(bool Present, bool Any, IReadOnlyList<long> Versions)
{
    /// <summary>The version a write may expect, given the current one: the current when the header allows it, else the first named
    /// (which the store will find stale), or null when the header names no GeoPlan version at all.</summary>
    public long? Expected(long current) => Any || Versions.Contains(current) ? current : Versions.Count > 0 ? Versions[0] : null;
}
