using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage.Editing;

/// <summary>One recorded change of a collection: who made it, when, what it did, and the feature before and after.</summary>
/// <param name="Sequence">Orders a store's records: a later change has a higher number; numbers are kept through a rebuild or
/// reload.</param>
/// <param name="Collection">The collection changed.</param>
/// <param name="FeatureId">The feature changed, or null for an <see cref="AuditOperation.Import"/> of the whole collection.</param>
/// <param name="Operation">What the change did.</param>
/// <param name="Editor">Who made it: the caller's name, or <see cref="Geodata"/> for a build or load from geodata.</param>
/// <param name="At">When it was committed, in UTC to the millisecond.</param>
/// <param name="Before">The feature before the change; null for a create or an import.</param>
/// <param name="After">The feature after the change; null for a delete or an import.</param>
/// <param name="Count">How many features an import wrote; null for a change of one feature.</param>
public sealed record FeatureAuditRecord(
    long Sequence,
    string Collection,
    string? FeatureId,
    AuditOperation Operation,
    string Editor,
    DateTimeOffset At,
    PlanFeature? Before,
    PlanFeature? After,
    long? Count)
{
    /// <summary>The <see cref="Editor"/> of the import records a build or load from geodata writes.</summary>
    public const string Geodata = "geodata";
}
