using System.Text.Json.Serialization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage.Editing;
using GeoPlan.Server.Http;

namespace GeoPlan.Server.Features;

/// <summary>The recorded changes of one feature, oldest first.</summary>
/// <param name="Collection">The collection.</param>
/// <param name="FeatureId">The feature.</param>
/// <param name="Changes">Every recorded change, oldest first.</param>
/// <param name="Links">Self and the feature.</param>
public sealed record FeatureHistoryDocument(
    string Collection,
    [property: JsonPropertyName("featureId")] string FeatureId,
    IReadOnlyList<FeatureChangeDocument> Changes,
    IReadOnlyList<Link> Links);

/// <summary>One recorded change: its place in the store's order, what it did, who did it, when, and the feature before and after.</summary>
/// <param name="Sequence">The change's number; the feature's ETag after it was this number in quotes.</param>
/// <param name="Operation">create, replace, update or delete.</param>
/// <param name="Editor">Who made it.</param>
/// <param name="At">When it was committed (UTC).</param>
/// <param name="Before">The feature before, as GeoJSON; null for a create.</param>
/// <param name="After">The feature after, as GeoJSON; null for a delete.</param>
public sealed record FeatureChangeDocument(
    long Sequence, string Operation, string Editor, DateTimeOffset At, GeoJsonFeature? Before, GeoJsonFeature? After)
{
    /// <summary>The document of a record.</summary>
    public static FeatureChangeDocument From(FeatureAuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new FeatureChangeDocument(
            record.Sequence,
            WireName.Of(record.Operation),
            record.Editor,
            record.At,
            record.Before is null ? null : GeoJsonFeature.From(record.Before),
            record.After is null ? null : GeoJsonFeature.From(record.After));
    }
}
