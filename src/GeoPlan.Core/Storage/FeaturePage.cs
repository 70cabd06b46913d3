using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage;

/// <summary>One page of query results and how many features match in all.</summary>
public sealed record FeaturePage(IReadOnlyList<PlanFeature> Features, long NumberMatched);
