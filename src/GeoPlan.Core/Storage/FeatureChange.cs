using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Storage;

/// <summary>A change a store has committed: the collection and the lon/lat area it touched before and after.</summary>
/// <param name="Collection">The collection changed, or null when any may have.</param>
/// <param name="Before">Where the changed features were, or null when unknown.</param>
/// <param name="After">Where they are now, or null when unknown.</param>
/// <remarks>Null for both areas means "anywhere": a cache keeps nothing of that collection (or of any, without one).</remarks>
public sealed record FeatureChange(string? Collection, Envelope? Before, Envelope? After)
{
    /// <summary>Everything may have changed, as after a reload.</summary>
    public static FeatureChange Everything { get; } = new(null, null, null);

    /// <summary>True when the change says nothing about where it happened.</summary>
    public bool IsAnywhere => Before is null && After is null;

    /// <summary>Whether the change may have touched <paramref name="collection"/> within <paramref name="area"/>.</summary>
    public bool Touches(string collection, Envelope area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return (Collection is null || Collection == collection) &&
            (IsAnywhere || (Before is not null && Before.Intersects(area)) || (After is not null && After.Intersects(area)));
    }
}
