using System.Globalization;
using GeoPlan.Core.Analysis.Network;

namespace GeoPlan.Testing.Routing;

/// <summary>Where a car search's answer and pgRouting's differ: nodes only one side reached, or costs more than a second apart.</summary>
/// <remarks>Nodes within 1e-6 s of the cutoff on either side are left out: summing the same costs in another order may put them
/// on either side of it.</remarks>
public static class ReachabilityComparison
{
    /// <summary>The tolerance on costs, seconds.</summary>
    public const double CostTolerance = 1.0;

    /// <summary>The margin around the cutoff where reaching a node or not is not compared, seconds.</summary>
    public const double CutoffMargin = 1e-6;

    /// <summary>Differences between <paramref name="ours"/> and pgRouting's <paramref name="theirs"/> (vertex id → cost) from one origin, as sentences.</summary>
    public static IEnumerable<string> Differences(int origin, NodeTimes ours, IReadOnlyDictionary<long, double> theirs, int nodeCount, double cutoff)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(theirs);
        for (var node = 0; node < nodeCount; node++)
        {
            var mine = ours[node];
            var found = theirs.TryGetValue(CarRoutingEdges.VertexOf(node), out var cost);
            if (Math.Abs(mine - cutoff) <= CutoffMargin || (found && Math.Abs(cost - cutoff) <= CutoffMargin))
            {
                continue;
            }

            var reached = mine <= cutoff;
            if (reached != found)
            {
                yield return string.Create(
                    CultureInfo.InvariantCulture,
                    $"origin {origin}: node {node} reached by {(reached ? $"our search only ({mine:F3} s)" : $"pgRouting only ({cost:F3} s)")}");
            }
            else if (reached && Math.Abs(mine - cost) > CostTolerance)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"origin {origin}: node {node} costs {mine:F3} s here, {cost:F3} s in pgRouting");
            }
        }
    }
}
