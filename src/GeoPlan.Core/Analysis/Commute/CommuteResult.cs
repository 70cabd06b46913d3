using GeoPlan.Core.Analysis.Network;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>The answer to a <see cref="CommuteRequest"/>: one area per cutoff, smallest first, each inside the next.</summary>
/// <param name="Request">The question answered.</param>
/// <param name="Scenario">The network's scenario.</param>
/// <param name="Settings">The travel rules the network was built and searched with.</param>
/// <param name="RunningLines">The rail line sections in the scenario's network.</param>
/// <param name="Assumptions">Values the network had to assume because the data did not give them.</param>
/// <param name="NearestNodeMeters">How far the place is from the nearest network node it may use.</param>
/// <param name="Areas">The areas, in the order of the request's cutoffs.</param>
public sealed record CommuteResult(
    CommuteRequest Request,
    CommuteScenario Scenario,
    NetworkSettings Settings,
    IReadOnlyList<string> RunningLines,
    IReadOnlyList<string> Assumptions,
    double NearestNodeMeters,
    IReadOnlyList<CommuteArea> Areas);
