using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>Paints a travel-time surface: each grid cell's time is the fastest way off the network from a reached node, or from the origin.</summary>
/// <remarks>
/// A cell centre's time is the minimum of the origin's own off-network leg to it and, over every reached node, the node's time
/// plus its off-network leg to the cell: walking from road foot nodes and station entrances (up to
/// <see cref="NetworkSettings.MaxWalkMeters"/>), local driving from road car nodes and station car parks (up to
/// <see cref="NetworkSettings.MaxCarLocalMeters"/>). Each node paints only the disc it can still reach within the cutoff.
/// In reverse, the same sums read as the time from the cell to the destination.
/// </remarks>
public static class TravelTimeSurface
{
    /// <summary>The surface of a search from <paramref name="originMetres"/>, on a grid aligned to multiples of <paramref name="cellSize"/> metres.</summary>
    /// <param name="network">The network searched.</param>
    /// <param name="originMetres">The search's origin (or, in reverse, destination) in metres, EPSG:4550.</param>
    /// <param name="times">The search's result, from <see cref="TravelTimeSearch.FromPoint"/> on the same network and point.</param>
    /// <param name="modes">The modes allowed; walking legs need walking (or rail), driving legs the car.</param>
    /// <param name="cutoffSeconds">Cells beyond this stay +∞; at most the search's own cutoff is meaningful.</param>
    /// <param name="cellSize">The side of a cell in metres.</param>
    public static TravelTimeGrid Paint(
        MultimodalNetwork network, Coordinate originMetres, NodeTimes times, TravelModes modes, double cutoffSeconds, double cellSize)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(originMetres);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cellSize);
        if (double.IsNaN(cutoffSeconds) || cutoffSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cutoffSeconds), cutoffSeconds, "the cutoff must be zero or more seconds");
        }

        var discs = Discs(network, originMetres, times, TravelTimeSearch.Allowed(modes), cutoffSeconds);
        var grid = GridAround(discs, originMetres, cellSize);
        foreach (var disc in discs)
        {
            Paint(grid, disc);
        }

        return grid;
    }

    private static List<Disc> Discs(MultimodalNetwork network, Coordinate origin, NodeTimes times, TravelModes allowed, double cutoff)
    {
        var access = network.Access;
        var graph = network.Graph;
        var walk = (allowed & TravelModes.Walk) != 0;
        var car = (allowed & TravelModes.Car) != 0;
        var discs = new List<Disc>();
        if (walk)
        {
            discs.Add(Disc.Of(origin.X, origin.Y, 0, access.WalkSecondsPerMeter, access.MaxWalkMeters, cutoff));
        }

        if (car)
        {
            discs.Add(Disc.Of(origin.X, origin.Y, 0, access.DriveSecondsPerMeter, access.MaxDriveMeters, cutoff));
        }

        foreach (var node in times.Reached)
        {
            var seconds = times[node];
            if (seconds >= cutoff)
            {
                continue;
            }

            var kind = graph.Kind(node);
            if (walk && NetworkAccess.IsFoot(kind))
            {
                discs.Add(Disc.Of(graph.X(node), graph.Y(node), seconds, access.WalkSecondsPerMeter, access.MaxWalkMeters, cutoff));
            }
            else if (car && NetworkAccess.IsCar(kind))
            {
                discs.Add(Disc.Of(graph.X(node), graph.Y(node), seconds, access.DriveSecondsPerMeter, access.MaxDriveMeters, cutoff));
            }
        }

        return discs;
    }

    private static TravelTimeGrid GridAround(List<Disc> discs, Coordinate origin, double cellSize)
    {
        double minX = origin.X, minY = origin.Y, maxX = origin.X, maxY = origin.Y;
        foreach (var disc in discs)
        {
            minX = Math.Min(minX, disc.X - disc.Radius);
            minY = Math.Min(minY, disc.Y - disc.Radius);
            maxX = Math.Max(maxX, disc.X + disc.Radius);
            maxY = Math.Max(maxY, disc.Y + disc.Radius);
        }

        var west = Math.Floor(minX / cellSize);
        var south = Math.Floor(minY / cellSize);
        var columns = (int)(Math.Floor(maxX / cellSize) - west) + 1;
        var rows = (int)(Math.Floor(maxY / cellSize) - south) + 1;
        return new TravelTimeGrid(west * cellSize, south * cellSize, cellSize, columns, rows);
    }

    // The inner loop: only the cells whose centres lie inside the disc, row by row between the chord's ends.
    private static void Paint(TravelTimeGrid grid, Disc disc)
    {
        var cell = grid.CellSize;
        var cells = grid.Seconds;
        var columns = grid.Columns;
        var radiusSquared = disc.Radius * disc.Radius;
        var firstRow = Math.Max(0, (int)Math.Ceiling(((disc.Y - disc.Radius - grid.MinY) / cell) - 0.5));
        var lastRow = Math.Min(grid.Rows - 1, (int)Math.Floor(((disc.Y + disc.Radius - grid.MinY) / cell) - 0.5));
        for (var row = firstRow; row <= lastRow; row++)
        {
            var dy = grid.MinY + ((row + 0.5) * cell) - disc.Y;
            var chordSquared = radiusSquared - (dy * dy);
            if (chordSquared < 0)
            {
                continue;
            }

            var half = Math.Sqrt(chordSquared);
            var firstColumn = Math.Max(0, (int)Math.Ceiling(((disc.X - half - grid.MinX) / cell) - 0.5));
            var lastColumn = Math.Min(columns - 1, (int)Math.Floor(((disc.X + half - grid.MinX) / cell) - 0.5));
            var rowStart = row * columns;
            var dySquared = dy * dy;
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                var dx = grid.MinX + ((column + 0.5) * cell) - disc.X;
                var seconds = (float)(disc.Seconds + (Math.Sqrt((dx * dx) + dySquared) * disc.SecondsPerMeter));
                ref var target = ref cells[rowStart + column];
                if (seconds < target)
                {
                    target = seconds;
                }
            }
        }
    }

    /// <summary>Where one node (or the origin) can still get off the network: its centre, time, leg speed and reach.</summary>
    private readonly record struct Disc(double X, double Y, double Seconds, double SecondsPerMeter, double Radius)
    {
        public static Disc Of(double x, double y, double seconds, double secondsPerMeter, double maxMeters, double cutoff) =>
            new(x, y, seconds, secondsPerMeter, Math.Min(maxMeters, (cutoff - seconds) / secondsPerMeter));
    }
}
