namespace GeoPlan.Core.Analysis.Network;

/// <summary>A bucket grid over some of a graph's nodes, to find the nodes near a point without scanning them all.</summary>
internal sealed class NodeGrid
{
    // Enough buckets for fine lookups, few enough that an empty area costs little memory.
    private const int MaxBucketsPerSide = 2048;

    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double _minX;
    private readonly double _minY;
    private readonly double _bucket;
    private readonly int _columns;
    private readonly int _rows;
    private readonly int[] _bucketStarts;
    private readonly int[] _nodes;

    /// <summary>Indexes <paramref name="nodes"/> (ascending ids) at positions <paramref name="x"/>, <paramref name="y"/>.</summary>
    public NodeGrid(double[] x, double[] y, IReadOnlyList<int> nodes, double bucketMeters)
    {
        _x = x;
        _y = y;
        if (nodes.Count == 0)
        {
            _bucket = bucketMeters;
            _columns = _rows = 1;
            _bucketStarts = new int[2];
            _nodes = [];
            return;
        }

        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var n in nodes)
        {
            minX = Math.Min(minX, x[n]);
            minY = Math.Min(minY, y[n]);
            maxX = Math.Max(maxX, x[n]);
            maxY = Math.Max(maxY, y[n]);
        }

        _minX = minX;
        _minY = minY;
        _bucket = Math.Max(bucketMeters, Math.Max(maxX - minX, maxY - minY) / MaxBucketsPerSide);
        _columns = (int)((maxX - minX) / _bucket) + 1;
        _rows = (int)((maxY - minY) / _bucket) + 1;
        _bucketStarts = new int[(_columns * _rows) + 1];
        foreach (var n in nodes)
        {
            _bucketStarts[BucketOf(n) + 1]++;
        }

        for (var b = 0; b < _columns * _rows; b++)
        {
            _bucketStarts[b + 1] += _bucketStarts[b];
        }

        var next = _bucketStarts[..^1];
        _nodes = new int[nodes.Count];
        foreach (var n in nodes)
        {
            _nodes[next[BucketOf(n)]++] = n;
        }
    }

    /// <summary>Adds to <paramref name="found"/> the nodes within <paramref name="radius"/> metres, bucket by bucket, ids ascending in each.</summary>
    public void Within(double x, double y, double radius, List<int> found)
    {
        var c0 = Math.Max(0, Column(x - radius));
        var c1 = Math.Min(_columns - 1, Column(x + radius));
        var r0 = Math.Max(0, Row(y - radius));
        var r1 = Math.Min(_rows - 1, Row(y + radius));
        var limit = radius * radius;
        for (var r = r0; r <= r1; r++)
        {
            for (var c = c0; c <= c1; c++)
            {
                var bucket = (r * _columns) + c;
                for (var i = _bucketStarts[bucket]; i < _bucketStarts[bucket + 1]; i++)
                {
                    var n = _nodes[i];
                    var dx = _x[n] - x;
                    var dy = _y[n] - y;
                    if ((dx * dx) + (dy * dy) <= limit)
                    {
                        found.Add(n);
                    }
                }
            }
        }
    }

    /// <summary>The indexed node nearest to the point (the lower id on a tie), or null when the grid is empty.</summary>
    public NearestNode? Nearest(double x, double y)
    {
        if (_nodes.Length == 0)
        {
            return null;
        }

        var column = Column(x);
        var row = Row(y);

        // Start at the first ring of buckets that touches the grid; stop once no unvisited ring can hold anything closer.
        var first = Math.Max(Math.Max(-column, column - (_columns - 1)), Math.Max(-row, row - (_rows - 1)));
        var last = Math.Max(Math.Max(column, _columns - 1 - column), Math.Max(row, _rows - 1 - row));
        var best = -1;
        var bestSquared = double.PositiveInfinity;
        for (var ring = Math.Max(0, first); ring <= last; ring++)
        {
            for (var r = Math.Max(0, row - ring); r <= Math.Min(_rows - 1, row + ring); r++)
            {
                var edgeRow = r == row - ring || r == row + ring;
                var step = edgeRow ? 1 : 2 * ring;
                for (var c = column - ring; c <= column + ring; c += Math.Max(1, step))
                {
                    if (c < 0 || c >= _columns)
                    {
                        continue;
                    }

                    var bucket = (r * _columns) + c;
                    for (var i = _bucketStarts[bucket]; i < _bucketStarts[bucket + 1]; i++)
                    {
                        var n = _nodes[i];
                        var dx = _x[n] - x;
                        var dy = _y[n] - y;
                        var squared = (dx * dx) + (dy * dy);
                        if (squared < bestSquared || (squared == bestSquared && n < best))
                        {
                            best = n;
                            bestSquared = squared;
                        }
                    }
                }
            }

            var reachOfNextRing = ring * _bucket;
            if (best >= 0 && bestSquared <= reachOfNextRing * reachOfNextRing)
            {
                break;
            }
        }

        return best < 0 ? null : new NearestNode(best, Math.Sqrt(bestSquared));
    }

    private int Column(double x) => (int)Math.Clamp(Math.Floor((x - _minX) / _bucket), int.MinValue / 4, int.MaxValue / 4);

    private int Row(double y) => (int)Math.Clamp(Math.Floor((y - _minY) / _bucket), int.MinValue / 4, int.MaxValue / 4);

    private int BucketOf(int node) => (Math.Min(Row(_y[node]), _rows - 1) * _columns) + Math.Min(Column(_x[node]), _columns - 1);
}
