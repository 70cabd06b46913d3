using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>Marching squares over a <see cref="ContourLattice"/>: the closed contour rings of one travel-time level.</summary>
/// <remarks>
/// Each square's corners are numbered anticlockwise from the south-west (0 south-west, 1 south-east, 2 north-east, 3 north-west) and
/// side k joins corner k to corner k + 1 (0 south, 1 east, 2 north, 3 west). A contour segment runs from the side where the walk
/// anticlockwise leaves the reachable corners to the side where it comes back, which keeps the reachable side on the segment's left.
/// Every crossed edge has exactly one crossing and belongs to exactly one segment on each side, so the rings are simple and disjoint.
/// </remarks>
internal sealed class ContourTracer
{
    private const int NoEdge = -1;

    // Per corner case (bit k set when corner k is within the level): the side the contour leaves by and the side it returns by.
    private static readonly (int Exit, int Entry)[] SidesOfCase = SidesOfEveryCase();

    private readonly ContourLattice _lattice;
    private readonly bool[] _within;
    private readonly int[] _nextEdge;
    private readonly int[] _ringOfHorizontalEdge;

    public ContourTracer(ContourLattice lattice)
    {
        _lattice = lattice;
        _within = new bool[lattice.Width * lattice.Height];
        _nextEdge = new int[lattice.EdgeCount];
        Array.Fill(_nextEdge, NoEdge);
        _ringOfHorizontalEdge = new int[lattice.HorizontalEdgeCount];
    }

    /// <summary>After <see cref="Trace"/>, the index of the ring crossing each horizontal edge, -1 where none does.</summary>
    public ReadOnlySpan<int> RingOfHorizontalEdge => _ringOfHorizontalEdge;

    /// <summary>The rings of the contour at <paramref name="level"/> seconds, in the order of their lowest-numbered edge.</summary>
    public List<ContourRing> Trace(double level)
    {
        var seconds = _lattice.Seconds;
        for (var p = 0; p < seconds.Length; p++)
        {
            _within[p] = ContourLattice.IsWithin(seconds[p], level);
        }

        LinkSegments(level);
        return FollowRings(level);
    }

    private void LinkSegments(double level)
    {
        var width = _lattice.Width;
        var seconds = _lattice.Seconds;
        Span<int> sides = stackalloc int[4];
        for (var j = 0; j < _lattice.Height - 1; j++)
        {
            for (var i = 0; i < width - 1; i++)
            {
                var southWest = (j * width) + i;
                var corners = (_within[southWest] ? 1 : 0) | (_within[southWest + 1] ? 2 : 0)
                    | (_within[southWest + width + 1] ? 4 : 0) | (_within[southWest + width] ? 8 : 0);
                if (corners is 0 or 15)
                {
                    continue;
                }

                sides[0] = _lattice.HorizontalEdge(i, j);
                sides[1] = _lattice.VerticalEdge(i + 1, j);
                sides[2] = _lattice.HorizontalEdge(i, j + 1);
                sides[3] = _lattice.VerticalEdge(i, j);
                if (corners is 5 or 10)
                {
                    // A saddle: the mean of the corners decides whether the reachable corners join across the square. A higher level
                    // only ever joins them, so the contours of increasing cutoffs nest. An unreachable corner keeps them apart.
                    var mean = ((double)seconds[southWest] + seconds[southWest + 1] + seconds[southWest + width + 1]
                        + seconds[southWest + width]) / 4;
                    var joined = mean <= level;
                    var firstExit = corners == 5 ? 0 : 1;
                    for (var exit = firstExit; exit < 4; exit += 2)
                    {
                        var entry = joined ? (exit + 1) % 4 : (exit + 3) % 4;
                        _nextEdge[sides[exit]] = sides[entry];
                    }

                    continue;
                }

                var (exitSide, entrySide) = SidesOfCase[corners];
                _nextEdge[sides[exitSide]] = sides[entrySide];
            }
        }
    }

    private List<ContourRing> FollowRings(double level)
    {
        Array.Fill(_ringOfHorizontalEdge, NoEdge);
        var rings = new List<ContourRing>();
        var points = new List<Coordinate>();
        var horizontalEdges = _lattice.HorizontalEdgeCount;
        var rowLength = _lattice.Width - 1;
        for (var start = 0; start < _nextEdge.Length; start++)
        {
            if (_nextEdge[start] == NoEdge)
            {
                continue;
            }

            points.Clear();
            var westEdge = NoEdge;
            var westPosition = double.PositiveInfinity;
            var edge = start;
            do
            {
                var fraction = _lattice.Crossing(edge, level);
                var (x, y) = _lattice.PointOn(edge, fraction);
                points.Add(new Coordinate(x, y));
                if (edge < horizontalEdges)
                {
                    _ringOfHorizontalEdge[edge] = rings.Count;
                    var position = (edge % rowLength) + fraction;
                    if (position < westPosition)
                    {
                        (westEdge, westPosition) = (edge, position);
                    }
                }

                var next = _nextEdge[edge];
                _nextEdge[edge] = NoEdge;
                edge = next;
            }
            while (edge != start);

            points.Add(points[0].Copy());

            // Nothing of the ring lies west of its westernmost crossing on that row, so the ring's outside is there: the ring is a shell
            // exactly when the edge's west end is beyond the level.
            var isShell = !_within[_lattice.Ends(westEdge).From];
            rings.Add(new ContourRing([.. points], westEdge, isShell));
        }

        return rings;
    }

    private static (int Exit, int Entry)[] SidesOfEveryCase()
    {
        var sides = new (int Exit, int Entry)[16];
        for (var corners = 1; corners < 15; corners++)
        {
            for (var k = 0; k < 4; k++)
            {
                var here = (corners >> k & 1) == 1;
                var there = (corners >> ((k + 1) % 4) & 1) == 1;
                if (here && !there)
                {
                    sides[corners].Exit = k;
                }
                else if (!here && there)
                {
                    sides[corners].Entry = k;
                }
            }
        }

        return sides;
    }
}
