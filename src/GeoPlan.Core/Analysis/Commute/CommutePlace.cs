using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>A resolved commute place: a lon/lat point, and the feature it stands for when one was named.</summary>
/// <param name="LonLat">The point, longitude first: the feature's own point, or a point inside its area.</param>
/// <param name="Collection">The named feature's collection, if any.</param>
/// <param name="FeatureId">The named feature's id, if any.</param>
/// <param name="NameZh">The named feature's Chinese name, if any.</param>
/// <param name="NameEn">The named feature's English name, if any.</param>
public sealed record CommutePlace(Coordinate LonLat, string? Collection, string? FeatureId, string? NameZh, string? NameEn);
