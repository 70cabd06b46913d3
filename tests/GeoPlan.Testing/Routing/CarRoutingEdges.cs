using GeoPlan.Core.Analysis.Network;

namespace GeoPlan.Testing.Routing;

/// <summary>The edges of a <see cref="TravelGraph"/> a car-only search may take, as pgRouting edges: vertex id = node + 1.</summary>
public static class CarRoutingEdges
{
    /// <summary>The pgRouting vertex id of a graph node (pgRouting ids are positive, nodes start at 0).</summary>
    public static long VertexOf(int node) => node + 1L;

    /// <summary>Every forward edge whose modes are all Car, the rule <see cref="TravelTimeSearch"/> applies to a Car query.</summary>
    public static IEnumerable<RoutingEdge> Of(TravelGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var edge in graph.Edges())
        {
            if (edge.Modes != 0 && (edge.Modes & ~TravelModes.Car) == 0)
            {
                var source = graph.Position(edge.From);
                yield return new RoutingEdge(VertexOf(edge.From), VertexOf(edge.To), edge.Seconds, source.X, source.Y);
            }
        }
    }
}
