namespace GeoPlan.Core.Analysis.Network;

/// <summary>The result of a search: seconds to (or, in reverse, from) each node, +∞ where not reached within the cutoff.</summary>
public sealed class NodeTimes
{
    private readonly double[] _seconds;
    private readonly int[] _reached;

    internal NodeTimes(double[] seconds, int[] reached, int reachedCount, TravelModes modes, SearchDirection direction, double cutoffSeconds)
    {
        _seconds = seconds;
        _reached = reached;
        ReachedCount = reachedCount;
        Modes = modes;
        Direction = direction;
        CutoffSeconds = cutoffSeconds;
    }

    /// <summary>Seconds at a node; +∞ when it was not reached within the cutoff.</summary>
    public double this[int node] => _seconds[node];

    /// <summary>How many nodes were reached within the cutoff.</summary>
    public int ReachedCount { get; }

    /// <summary>The reached nodes, in the order the search settled them (by time, ties by node id).</summary>
    public ReadOnlySpan<int> Reached => _reached.AsSpan(0, ReachedCount);

    /// <summary>The modes the search allowed, after rail's implied walking was added.</summary>
    public TravelModes Modes { get; }

    /// <summary>Whether the times are from the starts (forward) or to them (reverse).</summary>
    public SearchDirection Direction { get; }

    /// <summary>The cutoff in seconds: no node beyond it was reached.</summary>
    public double CutoffSeconds { get; }
}
