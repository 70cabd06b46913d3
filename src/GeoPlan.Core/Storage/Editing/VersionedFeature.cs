using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage.Editing;

/// <summary>A feature with its version, which changes with every change of the feature or import of its collection.</summary>
/// <param name="Feature">The feature as stored.</param>
/// <param name="Version">The <see cref="FeatureAuditRecord.Sequence"/> of the latest change of the feature or import of its collection;
/// 0 when neither was recorded. Two reads with the same version return the same feature.</param>
public sealed record VersionedFeature(PlanFeature Feature, long Version);
