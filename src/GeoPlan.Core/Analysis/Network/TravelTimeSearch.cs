using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>Exact shortest travel times over the commute graph: Dijkstra with a binary heap, forward or reverse, up to a cutoff.</summary>
public static class TravelTimeSearch
{
    /// <summary>Seconds from the starts to every node (forward) or from every node to the starts (reverse), up to the cutoff.</summary>
    /// <remarks>Edges whose modes are not all allowed are skipped; allowing rail allows walking too (to, from and between stations).</remarks>
    public static NodeTimes FromNodes(
        TravelGraph graph, IReadOnlyList<NodeStart> starts, TravelModes modes, SearchDirection direction, double cutoffSeconds)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(starts);
        if (double.IsNaN(cutoffSeconds) || cutoffSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cutoffSeconds), cutoffSeconds, "the cutoff must be zero or more seconds");
        }

        var allowed = Allowed(modes);
        var edges = direction == SearchDirection.Forward ? graph.Forward : graph.Reverse;
        var seconds = new double[graph.NodeCount];
        Array.Fill(seconds, double.PositiveInfinity);
        var heap = new NodeHeap(graph.NodeCount);
        foreach (var start in starts)
        {
            if ((uint)start.Node >= (uint)graph.NodeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(starts), start.Node, $"start node {start.Node} is not in the graph of {graph.NodeCount} nodes");
            }

            if (!(start.Seconds >= 0))
            {
                throw new ArgumentOutOfRangeException(nameof(starts), start.Seconds, $"start node {start.Node} needs zero or more seconds");
            }

            if (start.Seconds <= cutoffSeconds && start.Seconds < seconds[start.Node])
            {
                seconds[start.Node] = start.Seconds;
                heap.Push(start.Node, start.Seconds);
            }
        }

        var reached = new int[graph.NodeCount];
        var reachedCount = Settle(edges, allowed, cutoffSeconds, seconds, heap, reached);
        return new NodeTimes(seconds, reached, reachedCount, allowed, direction, cutoffSeconds);
    }

    /// <summary>Seconds from a place (forward) or to it (reverse), starting with the off-network legs to the nodes near it.</summary>
    /// <param name="network">The network to search.</param>
    /// <param name="metres">The place in metres (EPSG:4550).</param>
    /// <param name="modes">The modes allowed.</param>
    /// <param name="direction">From the place or to it.</param>
    /// <param name="cutoffSeconds">No node beyond this is reached.</param>
    public static NodeTimes FromPoint(MultimodalNetwork network, Coordinate metres, TravelModes modes, SearchDirection direction, double cutoffSeconds)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(metres);
        var starts = network.Access.Starts(metres.X, metres.Y, Allowed(modes));
        return FromNodes(network.Graph, starts, modes, direction, cutoffSeconds);
    }

    /// <summary>The modes a query really allows: rail brings walking to, from and between stations.</summary>
    internal static TravelModes Allowed(TravelModes modes) =>
        (modes & TravelModes.Rail) != 0 ? modes | TravelModes.Walk : modes;

    private static int Settle(EdgeArrays edges, TravelModes allowed, double cutoff, double[] seconds, NodeHeap heap, int[] reached)
    {
        var offsets = edges.Offsets;
        var targets = edges.Targets;
        var costs = edges.Seconds;
        var needs = edges.Modes;
        var refused = ~allowed;
        var count = 0;
        while (heap.Count > 0)
        {
            var node = heap.Pop(out var time);
            reached[count++] = node;
            var end = offsets[node + 1];
            for (var e = offsets[node]; e < end; e++)
            {
                if ((needs[e] & refused) != 0)
                {
                    continue;
                }

                var next = time + costs[e];
                var target = targets[e];
                if (next <= cutoff && next < seconds[target])
                {
                    seconds[target] = next;
                    heap.Push(target, next);
                }
            }
        }

        return count;
    }
}
