using GeoPlan.Core.Model;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Geodata.Tests;

/// <summary>The bundled roads meet at shared vertices, so a road graph built from them is one network.</summary>
public sealed class RoadNetworkTests
{
    private static readonly List<PlanFeature> Roads = BundledGeodata.Result.Dataset.Features.Where(f => f.Layer == "roads").ToList();

    [Fact]
    public void The_roads_form_one_network_through_shared_vertices()
    {
        // Roads connect only where they hold the same vertex, as a road graph joins them; the reachable set from one road is all.
        var roadsAtVertex = new Dictionary<Coordinate, List<int>>();
        for (var r = 0; r < Roads.Count; r++)
        {
            foreach (var vertex in Roads[r].Geometry.Coordinates.Select(c => new Coordinate(c.X, c.Y)).Distinct())
            {
                roadsAtVertex.TryAdd(vertex, []);
                roadsAtVertex[vertex].Add(r);
            }
        }

        var reached = new HashSet<int> { 0 };
        var queue = new Queue<int>([0]);
        while (queue.TryDequeue(out var road))
        {
            foreach (var next in Roads[road].Geometry.Coordinates.SelectMany(c => roadsAtVertex[new Coordinate(c.X, c.Y)]).Where(reached.Add))
            {
                queue.Enqueue(next);
            }
        }

        Assert.Equal(10, Roads.Count);
        Assert.Equal(Roads.Select(r => r.Id).Order(), reached.Select(r => Roads[r].Id).Order());
    }

    [Fact]
    public void Every_crossing_of_two_roads_is_a_shared_vertex()
    {
        for (var a = 0; a < Roads.Count; a++)
        {
            for (var b = a + 1; b < Roads.Count; b++)
            {
                var shared = Roads[a].Geometry.Coordinates.Intersect(Roads[b].Geometry.Coordinates).ToHashSet();
                foreach (var crossing in Roads[a].Geometry.Intersection(Roads[b].Geometry).Coordinates)
                {
                    Assert.True(
                        shared.Any(v => v.Distance(crossing) < 1e-9),
                        $"{Roads[a].Id} and {Roads[b].Id} cross at ({crossing.X:0.#####}, {crossing.Y:0.#####}) without a shared vertex");
                }
            }
        }
    }
}
