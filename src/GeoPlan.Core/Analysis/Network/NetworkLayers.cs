using GeoPlan.Core.Model;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>The plan layers a commute network is built from, in WGS 84 as stored.</summary>
/// <param name="Roads">Road lines with <c>road_class</c> (or OSM <c>highway</c>), optional <c>speed_kmh</c> and <c>oneway</c>.</param>
/// <param name="RailLines">Rail line sections with <c>line_id</c>, <c>speed_kmh</c>, <c>headway_min</c> and ordered <c>station_ids</c>.</param>
/// <param name="RailStations">Rail station points, referred to by the sections' <c>station_ids</c>.</param>
public sealed record NetworkLayers(IReadOnlyList<PlanFeature> Roads, IReadOnlyList<PlanFeature> RailLines, IReadOnlyList<PlanFeature> RailStations);
