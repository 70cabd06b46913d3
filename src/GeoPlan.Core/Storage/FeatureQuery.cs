using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage;

/// <summary>A page of a layer's features: optionally within a box and matching property values, ordered by id.</summary>
/// <param name="Layer">The layer to read.</param>
/// <param name="Bbox">Only features whose geometry intersects this box, when set.</param>
/// <param name="Filters">Only features whose fields equal all these values.</param>
/// <param name="Limit">At most this many features (1..<see cref="MaxLimit"/>).</param>
/// <param name="Offset">Skip this many matching features first.</param>
/// <param name="Scenario">Only features that exist in this scenario year, when set.</param>
public sealed record FeatureQuery(
    string Layer, BoundingBox? Bbox, IReadOnlyList<PropertyFilter> Filters, int Limit, long Offset, ScenarioYear? Scenario = null)
{
    /// <summary>The largest page a store serves.</summary>
    public const int MaxLimit = 10_000;

    /// <summary>The page size when a request names none.</summary>
    public const int DefaultLimit = 10;
}
