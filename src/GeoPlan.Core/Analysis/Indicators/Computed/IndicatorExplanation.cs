using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>A computed indicator with its map: exactly the features that produced it, and the area it counts as covered.</summary>
/// <param name="Indicator">The value and how it was computed.</param>
/// <param name="Features">The contributing features, in the order of <see cref="ComputedIndicator.FeatureIds"/>.</param>
/// <param name="CoveredLonLat">For coverage indicators, the covered area in WGS 84 (lon/lat); null for the others.</param>
public sealed record IndicatorExplanation(ComputedIndicator Indicator, IReadOnlyList<ContributingFeature> Features, Geometry? CoveredLonLat);
