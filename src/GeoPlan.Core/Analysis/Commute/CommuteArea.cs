using GeoPlan.Core.Analysis.Coverage;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>The area within one cutoff of a commute query, with what it covers of each city and district.</summary>
/// <param name="Minutes">The cutoff in minutes.</param>
/// <param name="LonLat">The area in WGS 84, longitude first: a valid polygon or multipolygon, empty when nothing is within reach.</param>
/// <param name="AreaKm2">The area's size in km², measured in EPSG:4550.</param>
/// <param name="Coverage">Area and census population covered, per metropolitan city, per Shenyang district and in total.</param>
public sealed record CommuteArea(int Minutes, Geometry LonLat, double AreaKm2, CoverageTable Coverage);
