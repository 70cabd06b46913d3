namespace GeoPlan.Core.Analysis.Network;

/// <summary>The road nodes of a graph under construction, on foot and by car, indexed for linking stations to them.</summary>
internal sealed class RoadIndex
{
    private const double BucketMeters = 250;

    private RoadIndex(NearbyNodes foot, NearbyNodes car)
    {
        Foot = foot;
        Car = car;
    }

    public NearbyNodes Foot { get; }

    public NearbyNodes Car { get; }

    public static RoadIndex Of(TravelGraphBuilder graph)
    {
        var x = new double[graph.NodeCount];
        var y = new double[graph.NodeCount];
        var foot = new List<int>();
        var car = new List<int>();
        for (var n = 0; n < graph.NodeCount; n++)
        {
            x[n] = graph.X(n);
            y[n] = graph.Y(n);
            (graph.Kind(n) == NodeKind.RoadOnFoot ? foot : car).Add(n);
        }

        return new RoadIndex(new NearbyNodes(x, y, new NodeGrid(x, y, foot, BucketMeters)), new NearbyNodes(x, y, new NodeGrid(x, y, car, BucketMeters)));
    }

    /// <summary>One layer's road nodes.</summary>
    internal sealed class NearbyNodes(double[] x, double[] y, NodeGrid grid)
    {
        /// <summary>Up to <paramref name="count"/> nodes nearest to the point within <paramref name="maxMeters"/>, nearest first.</summary>
        public List<(int Node, double Meters)> NearestWithin(NetTopologySuite.Geometries.Coordinate point, int count, double maxMeters)
        {
            // Widen the search from one bucket until enough nodes turn up, so a dense street network is not scanned far out.
            var found = new List<int>();
            for (var radius = Math.Min(BucketMeters, maxMeters); ; radius = Math.Min(radius * 2, maxMeters))
            {
                found.Clear();
                grid.Within(point.X, point.Y, radius, found);
                if (found.Count >= count || radius >= maxMeters)
                {
                    break;
                }
            }

            return found
                .Select(n => (Node: n, Meters: Math.Sqrt(((x[n] - point.X) * (x[n] - point.X)) + ((y[n] - point.Y) * (y[n] - point.Y)))))
                .OrderBy(p => p.Meters).ThenBy(p => p.Node)
                .Take(count)
                .ToList();
        }
    }
}
