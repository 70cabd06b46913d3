using GeoPlan.Core.Analysis.Network;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>A commute query as read from a request or a command line, before its place is looked up.</summary>
/// <param name="Place">The place as named.</param>
/// <param name="Direction">From the place, or to it.</param>
/// <param name="Minutes">The cutoffs, ascending.</param>
/// <param name="Modes">The travel modes allowed.</param>
/// <param name="Scenario">The network's scenario.</param>
/// <param name="CellSizeMeters">The grid's cell size.</param>
public sealed record CommuteCall(
    PlaceReference Place, SearchDirection Direction, IReadOnlyList<int> Minutes, TravelModes Modes, CommuteScenario Scenario, double CellSizeMeters);
