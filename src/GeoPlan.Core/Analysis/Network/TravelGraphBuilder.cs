namespace GeoPlan.Core.Analysis.Network;

/// <summary>Collects nodes and edges in the order they are added, then packs them into a <see cref="TravelGraph"/>.</summary>
/// <remarks>Packing keeps each node's edges in the order they were added, so the same input always gives the same graph.</remarks>
internal sealed class TravelGraphBuilder
{
    private readonly List<double> _x = [];
    private readonly List<double> _y = [];
    private readonly List<NodeKind> _kinds = [];
    private readonly List<int> _from = [];
    private readonly List<int> _to = [];
    private readonly List<double> _seconds = [];
    private readonly List<TravelModes> _modes = [];

    public int NodeCount => _kinds.Count;

    public double X(int node) => _x[node];

    public double Y(int node) => _y[node];

    public NodeKind Kind(int node) => _kinds[node];

    public int AddNode(NodeKind kind, double x, double y)
    {
        _x.Add(x);
        _y.Add(y);
        _kinds.Add(kind);
        return _kinds.Count - 1;
    }

    public void AddEdge(int from, int to, double seconds, TravelModes modes)
    {
        if (!(seconds >= 0) || double.IsInfinity(seconds))
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, $"edge {from} -> {to} needs a finite cost of zero or more seconds");
        }

        _from.Add(from);
        _to.Add(to);
        _seconds.Add(seconds);
        _modes.Add(modes);
    }

    /// <summary>Adds the edge in both directions at the same cost.</summary>
    public void AddTwoWay(int a, int b, double seconds, TravelModes modes)
    {
        AddEdge(a, b, seconds, modes);
        AddEdge(b, a, seconds, modes);
    }

    public TravelGraph Build() =>
        new([.. _x], [.. _y], [.. _kinds], Pack(_from, _to), Pack(_to, _from));

    // A stable counting sort by the key node: edges keep their insertion order within a node.
    private EdgeArrays Pack(List<int> keys, List<int> others)
    {
        var offsets = new int[NodeCount + 1];
        foreach (var key in keys)
        {
            offsets[key + 1]++;
        }

        for (var n = 0; n < NodeCount; n++)
        {
            offsets[n + 1] += offsets[n];
        }

        var next = offsets[..^1];
        var targets = new int[keys.Count];
        var seconds = new double[keys.Count];
        var modes = new TravelModes[keys.Count];
        for (var e = 0; e < keys.Count; e++)
        {
            var slot = next[keys[e]]++;
            targets[slot] = others[e];
            seconds[slot] = _seconds[e];
            modes[slot] = _modes[e];
        }

        return new EdgeArrays(offsets, targets, seconds, modes);
    }
}
