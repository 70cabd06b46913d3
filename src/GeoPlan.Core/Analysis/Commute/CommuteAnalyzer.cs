using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Crs;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>Answers a commute question on a built network: search, travel-time surface, nested isochrones, coverage.</summary>
public static class CommuteAnalyzer
{
    private const double SquareMetresPerKm2 = 1_000_000;
    private static readonly CrsTransform ToMetres = new(CrsRegistry.Crs84, CrsRegistry.Cgcs2000Gk123);
    private static readonly CrsTransform ToLonLat = new(CrsRegistry.Cgcs2000Gk123, CrsRegistry.Crs84);

    /// <summary>The areas within each cutoff of the request's place, with their coverage.</summary>
    /// <exception cref="OriginOutsideNetworkException">The place is farther from the network than the modes allow.</exception>
    public static CommuteResult Run(MultimodalNetwork network, CoverageCalculator coverage, CommuteRequest request)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(request);
        var (x, y) = ToMetres.Apply(request.Place.LonLat.X, request.Place.LonLat.Y);
        var place = new Coordinate(x, y);
        var nearestMeters = CheckReachable(network, place, request.Modes);

        var cutoffs = request.Minutes.Select(m => m * 60.0).ToArray();
        var longest = cutoffs.Max();
        var times = TravelTimeSearch.FromPoint(network, place, request.Modes, request.Direction, longest);
        var surface = TravelTimeSurface.Paint(network, place, times, request.Modes, longest, request.CellSizeMeters);
        var isochrones = IsochroneContours.Trace(surface, cutoffs);

        var areas = new CommuteArea[isochrones.Count];
        for (var i = 0; i < areas.Length; i++)
        {
            var metres = isochrones[i].Area;
            areas[i] = new CommuteArea(request.Minutes[i], ToLonLat.Apply(metres), metres.Area / SquareMetresPerKm2, coverage.Measure(metres));
        }

        return new CommuteResult(request, network.Scenario, network.Settings, network.RunningLines, network.Assumptions, nearestMeters, areas);
    }

    private static double CheckReachable(MultimodalNetwork network, Coordinate place, TravelModes modes)
    {
        var settings = network.Settings;
        var limit = modes.HasFlag(TravelModes.Car) ? Math.Max(settings.MaxCarLocalMeters, settings.MaxWalkMeters) : settings.MaxWalkMeters;
        var nearest = network.Nearest(place, modes);
        var meters = nearest?.Meters ?? double.PositiveInfinity;
        return meters <= limit ? meters : throw new OriginOutsideNetworkException(meters, limit);
    }
}
