using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>A travel-time surface: seconds at each cell centre of a square metric grid (EPSG:4550), +∞ where unreachable.</summary>
/// <remarks>Cells are stored row by row from the south-west corner: row 0 is the southernmost, column 0 the westernmost.</remarks>
public sealed class TravelTimeGrid
{
    /// <summary>An unreachable grid of <paramref name="columns"/> × <paramref name="rows"/> cells of <paramref name="cellSize"/> metres.</summary>
    public TravelTimeGrid(double minX, double minY, double cellSize, int columns, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cellSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        MinX = minX;
        MinY = minY;
        CellSize = cellSize;
        Columns = columns;
        Rows = rows;
        Seconds = new float[checked(columns * rows)];
        Array.Fill(Seconds, float.PositiveInfinity);
    }

    /// <summary>Easting of the grid's west edge, in metres.</summary>
    public double MinX { get; }

    /// <summary>Northing of the grid's south edge, in metres.</summary>
    public double MinY { get; }

    /// <summary>The side of a cell, in metres.</summary>
    public double CellSize { get; }

    /// <summary>Cells from west to east.</summary>
    public int Columns { get; }

    /// <summary>Cells from south to north.</summary>
    public int Rows { get; }

    /// <summary>Travel time in seconds per cell, row by row from the south-west; +∞ where unreachable.</summary>
    public float[] Seconds { get; }

    /// <summary>The grid's outline in metres.</summary>
    public Envelope Extent => new(MinX, MinX + (Columns * CellSize), MinY, MinY + (Rows * CellSize));

    /// <summary>Travel time at a cell.</summary>
    public float this[int column, int row] => Seconds[(row * Columns) + column];

    /// <summary>The centre of a cell, in metres.</summary>
    public Coordinate CellCentre(int column, int row) => new(MinX + ((column + 0.5) * CellSize), MinY + ((row + 0.5) * CellSize));

    /// <summary>Keeps <paramref name="seconds"/> at a cell when it is faster than what the cell holds.</summary>
    public void Lower(int column, int row, float seconds)
    {
        ref var cell = ref Seconds[(row * Columns) + column];
        if (seconds < cell)
        {
            cell = seconds;
        }
    }
}
