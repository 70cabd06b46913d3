using GeoPlan.Core.Model;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>A feature that produced a computed indicator, with the part it played and what was measured of it.</summary>
/// <param name="Feature">The feature as stored.</param>
/// <param name="Role">Its part: <c>counted</c>, <c>denominator</c>, <c>origin</c> or <c>network</c> (see <see cref="ContributingRoles"/>).</param>
/// <param name="Measures">What the computation measured of it (length, area, buffer radius), by name.</param>
public sealed record ContributingFeature(PlanFeature Feature, string Role, IReadOnlyDictionary<string, object?> Measures);
