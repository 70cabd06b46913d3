using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>The commute graph, immutable and compressed (CSR): each node's outgoing and incoming edges lie side by side in arrays.</summary>
public sealed class TravelGraph
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly NodeKind[] _kinds;

    internal TravelGraph(double[] x, double[] y, NodeKind[] kinds, EdgeArrays forward, EdgeArrays reverse)
    {
        _x = x;
        _y = y;
        _kinds = kinds;
        Forward = forward;
        Reverse = reverse;
    }

    /// <summary>How many nodes the graph has; nodes are numbered 0 to NodeCount - 1.</summary>
    public int NodeCount => _kinds.Length;

    /// <summary>How many directed edges the graph has.</summary>
    public int EdgeCount => Forward.Targets.Length;

    /// <summary>Outgoing edges: for node n, entries Offsets[n] to Offsets[n + 1] - 1, each naming the node it enters.</summary>
    internal EdgeArrays Forward { get; }

    /// <summary>Incoming edges: for node n, entries Offsets[n] to Offsets[n + 1] - 1, each naming the node it leaves.</summary>
    internal EdgeArrays Reverse { get; }

    internal double X(int node) => _x[node];

    internal double Y(int node) => _y[node];

    /// <summary>Where a node is, in metres (EPSG:4550).</summary>
    public Coordinate Position(int node) => new(_x[node], _y[node]);

    /// <summary>What a node stands for.</summary>
    public NodeKind Kind(int node) => _kinds[node];

    /// <summary>Every forward edge, node by node in node order.</summary>
    public IEnumerable<TravelEdge> Edges()
    {
        var edges = Forward;
        for (var from = 0; from < NodeCount; from++)
        {
            for (var e = edges.Offsets[from]; e < edges.Offsets[from + 1]; e++)
            {
                yield return new TravelEdge(from, edges.Targets[e], edges.Seconds[e], edges.Modes[e]);
            }
        }
    }
}
