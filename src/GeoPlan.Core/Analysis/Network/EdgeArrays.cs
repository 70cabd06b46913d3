namespace GeoPlan.Core.Analysis.Network;

/// <summary>One direction of a CSR graph: per node a run of edges, each with the node at its other end, its cost and its modes.</summary>
internal sealed class EdgeArrays(int[] offsets, int[] targets, double[] seconds, TravelModes[] modes)
{
    public int[] Offsets { get; } = offsets;

    public int[] Targets { get; } = targets;

    public double[] Seconds { get; } = seconds;

    public TravelModes[] Modes { get; } = modes;
}
