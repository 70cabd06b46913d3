using GeoPlan.Core.Model;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>Adds the stations and the running rail lines of a scenario to a graph.</summary>
internal sealed class RailGraphBuilder(TravelGraphBuilder graph, NetworkSettings settings, List<string> assumptions)
{
    public List<string> RunningLines { get; } = [];

    public Dictionary<string, int> StationEntrances { get; } = new(StringComparer.Ordinal);

    public void AddAll(IReadOnlyList<PlanFeature> lines, IReadOnlyList<PlanFeature> stations, CommuteScenario scenario)
    {
        _ = (graph, settings, assumptions, lines, stations, scenario);
    }
}
