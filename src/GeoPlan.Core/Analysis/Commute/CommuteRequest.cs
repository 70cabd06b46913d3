using GeoPlan.Core.Analysis.Network;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>A commute question: from (or, reversed, to) a lon/lat place, which areas lie within each of the cutoffs.</summary>
/// <param name="Place">The origin (or the destination of a reverse query).</param>
/// <param name="Minutes">The cutoffs in minutes, ascending, each from 1 to <see cref="MaxMinutes"/>.</param>
/// <param name="Modes">How the traveller may move.</param>
/// <param name="Direction">Forward: from the place; reverse: to it.</param>
/// <param name="CellSizeMeters">The side of the travel-time grid's cells, in metres.</param>
public sealed record CommuteRequest(CommutePlace Place, IReadOnlyList<int> Minutes, TravelModes Modes, SearchDirection Direction, double CellSizeMeters)
{
    /// <summary>The longest cutoff a query may ask for: four hours.</summary>
    public const int MaxMinutes = 240;

    /// <summary>The most cutoffs one query may ask for.</summary>
    public const int MaxCutoffs = 8;

    /// <summary>The default cell size, 250 m.</summary>
    public const double DefaultCellSizeMeters = 250;

    /// <summary>The smallest cell size a query may ask for: finer grids cost time without adding truth to the network's accuracy.</summary>
    public const double MinCellSizeMeters = 50;

    /// <summary>The largest cell size a query may ask for.</summary>
    public const double MaxCellSizeMeters = 2000;
}
