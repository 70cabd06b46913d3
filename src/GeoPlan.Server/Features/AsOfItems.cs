using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Features;

/// <summary>The items of a collection as they were at an instant (<c>?datetime=</c>), worked out from the features now and the changes
/// recorded since (<see cref="FeatureTimeline"/>), then filtered and paged as any items request.</summary>
public static class AsOfItems
{
    /// <summary>The query parameter.</summary>
    public const string Parameter = "datetime";

    /// <summary>The instant a <c>datetime</c> value names (RFC 3339 with a time zone), or the 400 saying what to send.</summary>
    public static (DateTimeOffset? Instant, ProblemHttpResult? Problem) Parse(string text)
    {
        if (text.Contains('/', StringComparison.Ordinal))
        {
            return (null, ApiProblem.BadParameter(
                Parameter, $"'{text}' is an interval; give one instant, e.g. 2026-01-31T08:00:00Z, to see the items as they were then"));
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"];
        var zoned = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-');
        return zoned && DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? (instant.ToUniversalTime(), null)
            : (null, ApiProblem.BadParameter(
                Parameter,
                $"'{text}' is not an RFC 3339 instant with a time zone; give e.g. 2026-01-31T08:00:00Z or 2026-01-31T16:00:00+08:00"));
    }

    /// <summary>The page <paramref name="query"/> asks for, of the collection as it was at <paramref name="instant"/>.</summary>
    public static async Task<FeaturePage> QueryAsync(
        IFeatureStore store, IFeatureEditor editor, FeatureQuery query, DateTimeOffset instant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(query);
        // The features are read first: a change committed in between is then among the changes, and its "before" is what was read.
        var current = await store.ScanAsync(query.Layer, null, null, ct).ToListAsync(ct);
        var changes = await editor.GetChangesAfterAsync(query.Layer, instant, ct);
        var box = query.Bbox?.ToEnvelope();
        var area = box is null ? null : new NetTopologySuite.Geometries.GeometryFactory().ToGeometry(box);
        var matching = FeatureTimeline.AsOf(current, changes)
            .Where(f => area is null || (f.Geometry.EnvelopeInternal.Intersects(area.EnvelopeInternal) && f.Geometry.Intersects(area)))
            .Where(f => query.Scenario is not { } year || year.Includes(f))
            .Where(f => query.Filters.All(filter => Equals(FeatureColumns.ValueOf(f, filter.Field), filter.Value)))
            .ToList();
        return new FeaturePage(matching.Skip((int)Math.Min(query.Offset, int.MaxValue)).Take(query.Limit).ToList(), matching.Count);
    }
}
