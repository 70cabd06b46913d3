namespace GeoPlan.Core.Analysis.Network;

/// <summary>
/// The lattice of a travel-time grid's cell centres, framed by one ring of unreachable points so that every contour closes, and the
/// numbering of the lattice edges on which contour vertices lie.
/// </summary>
/// <remarks>
/// Lattice point (i, j) is the centre of cell (i - 1, j - 1). Horizontal edge (i, j)–(i + 1, j) is numbered j × (Width - 1) + i; vertical
/// edge (i, j)–(i, j + 1) is numbered <see cref="HorizontalEdgeCount"/> + j × Width + i.
/// </remarks>
internal sealed class ContourLattice
{
    // Contour vertices stay this fraction of an edge away from its ends, so that no two vertices coincide where a centre equals the
    // cutoff exactly; clamping is monotone in the cutoff, so nesting survives it.
    private const double EndClearance = 1e-6;

    private readonly float[] _seconds;
    private readonly double _minX;
    private readonly double _minY;
    private readonly double _cellSize;

    public ContourLattice(TravelTimeGrid grid)
    {
        Width = grid.Columns + 2;
        Height = grid.Rows + 2;
        _minX = grid.MinX;
        _minY = grid.MinY;
        _cellSize = grid.CellSize;
        _seconds = new float[checked(Width * Height)];
        Array.Fill(_seconds, float.PositiveInfinity);
        for (var row = 0; row < grid.Rows; row++)
        {
            Array.Copy(grid.Seconds, row * grid.Columns, _seconds, ((row + 1) * Width) + 1, grid.Columns);
        }
    }

    /// <summary>Lattice points from west to east, the frame included.</summary>
    public int Width { get; }

    /// <summary>Lattice points from south to north, the frame included.</summary>
    public int Height { get; }

    /// <summary>How many horizontal edges there are; vertical edges are numbered after them.</summary>
    public int HorizontalEdgeCount => (Width - 1) * Height;

    /// <summary>How many edges there are in all.</summary>
    public int EdgeCount => HorizontalEdgeCount + (Width * (Height - 1));

    /// <summary>Travel time at every lattice point, row by row from the south-west; +∞ on the frame.</summary>
    public ReadOnlySpan<float> Seconds => _seconds;

    /// <summary>True when a point of <paramref name="seconds"/> lies within <paramref name="level"/>; +∞ and NaN are unreachable.</summary>
    public static bool IsWithin(float seconds, double level) => float.IsFinite(seconds) && seconds <= level;

    /// <summary>The number of the horizontal edge from (i, j) eastwards.</summary>
    public int HorizontalEdge(int i, int j) => (j * (Width - 1)) + i;

    /// <summary>The number of the vertical edge from (i, j) northwards.</summary>
    public int VerticalEdge(int i, int j) => HorizontalEdgeCount + (j * Width) + i;

    /// <summary>
    /// Where the contour of <paramref name="level"/> crosses an edge, as the fraction of the way from its west or south end; the edge
    /// must have one end within the level and one beyond it.
    /// </summary>
    public double Crossing(int edge, double level)
    {
        var (from, to) = Ends(edge);
        var a = _seconds[from];
        var b = _seconds[to];

        // Towards an unreachable point there is no time to interpolate: the boundary runs halfway, on the edge of the reachable cell.
        if (!float.IsFinite(a) || !float.IsFinite(b))
        {
            return 0.5;
        }

        return Math.Clamp((level - a) / ((double)b - a), EndClearance, 1 - EndClearance);
    }

    /// <summary>The point in metres at <paramref name="fraction"/> along an edge from its west or south end.</summary>
    public (double X, double Y) PointOn(int edge, double fraction)
    {
        if (edge < HorizontalEdgeCount)
        {
            var (i, j) = (edge % (Width - 1), edge / (Width - 1));
            return (_minX + ((i - 0.5 + fraction) * _cellSize), _minY + ((j - 0.5) * _cellSize));
        }

        var vertical = edge - HorizontalEdgeCount;
        var (vi, vj) = (vertical % Width, vertical / Width);
        return (_minX + ((vi - 0.5) * _cellSize), _minY + ((vj - 0.5 + fraction) * _cellSize));
    }

    /// <summary>The lattice indices of an edge's west or south end and its east or north end.</summary>
    public (int From, int To) Ends(int edge)
    {
        if (edge < HorizontalEdgeCount)
        {
            var (i, j) = (edge % (Width - 1), edge / (Width - 1));
            var from = (j * Width) + i;
            return (from, from + 1);
        }

        var vertical = edge - HorizontalEdgeCount;
        return (vertical, vertical + Width);
    }
}
