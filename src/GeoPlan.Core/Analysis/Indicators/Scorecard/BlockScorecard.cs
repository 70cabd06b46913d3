using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>The numbers of a core block's scorecard: station and park coverage inside the block, and travel time to the centre.</summary>
/// <remarks>
/// Coverage uses the same covered areas as <see cref="StationCoverage"/> and <see cref="ParkServiceCoverage"/>, with the block as the
/// denominator instead of the third ring. Travel time is measured from the block's interior point to the centre station's point
/// (市府广场): one reverse search from the centre on the year's network, then the cheapest off-network leg from the block's point to a
/// node it reaches — the value the travel-time surface has at the block's point — so walking at both ends is counted.
/// </remarks>
public static class BlockScorecard
{
    /// <summary>Trips longer than this are reported as not reaching the centre.</summary>
    public const double CutoffMinutes = 240;

    private const double SecondsPerMinute = 60;

    /// <summary>The share of <paramref name="block"/> within 800 m of a station operating in <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentException">The block is not a polygon or has no area.</exception>
    public static BlockCoverage Stations(
        PlanFeature block, IReadOnlyList<PlanFeature> stations, IReadOnlyList<PlanFeature> railLines, int year)
    {
        var area = BlockMetres(block);
        var reaching = StationCoverage.Operating(stations, railLines, year)
            .Where(s => MetricMeasure.ToMetres(s.Geometry).IsWithinDistance(area, StationCoverage.RadiusMetres))
            .ToList();
        return Share(
            ComputedIndicatorKeys.Station800mCoverage,
            year,
            area,
            StationCoverage.CoveredMetres(reaching, area.Factory),
            reaching.Select(s => s.Id).ToList(),
            "area(⋃ disc(station, 800 m) ∩ block) / area(block) over the stations operating in the year, measured in EPSG:4550");
    }

    /// <summary>The share of <paramref name="block"/> within the service radius of a park existing in <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentException">The block is not a polygon or has no area.</exception>
    public static BlockCoverage Parks(PlanFeature block, IReadOnlyList<PlanFeature> parks, int year)
    {
        var area = BlockMetres(block);
        var reaching = ParkServiceCoverage.Measure(parks, year)
            .Where(p => p.Radius is { } radius && p.Metres.IsWithinDistance(area, radius))
            .ToList();
        return Share(
            ComputedIndicatorKeys.ParkServiceCoverage,
            year,
            area,
            ParkServiceCoverage.CoveredMetres(reaching, area.Factory),
            reaching.Select(p => p.Feature.Id).ToList(),
            "area(⋃ buffer(park, r(park)) ∩ block) / area(block), r = 500 m for parks ≥ 5,000 m², 300 m for 2,000–5,000 m², none "
            + "below, over the parks existing in the year, measured in EPSG:4550");
    }

    /// <summary>The fastest trip from <paramref name="block"/>'s interior point to <paramref name="centre"/>'s point.</summary>
    /// <param name="network">The year's network; its scenario gives the year.</param>
    /// <param name="block">The block the trip starts from.</param>
    /// <param name="centre">The destination feature; a point, or else its interior point.</param>
    /// <param name="modes">The modes a traveller may combine; rail brings walking.</param>
    public static CentreTravelTime TravelToCentre(MultimodalNetwork network, PlanFeature block, PlanFeature centre, TravelModes modes)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(centre);
        var from = BlockMetres(block).InteriorPoint.Coordinate;
        var to = MetricMeasure.ToMetres(centre.Geometry).InteriorPoint.Coordinate;
        var cutoff = CutoffMinutes * SecondsPerMinute;
        var allowed = TravelTimeSearch.Allowed(modes);
        var toCentre = TravelTimeSearch.FromPoint(network, to, modes, SearchDirection.Reverse, cutoff);

        var access = network.Access;
        var straight = from.Distance(to);
        var seconds = double.PositiveInfinity;
        if ((allowed & TravelModes.Walk) != 0 && straight <= access.MaxWalkMeters)
        {
            seconds = straight * access.WalkSecondsPerMeter;
        }

        if ((allowed & TravelModes.Car) != 0 && straight <= access.MaxDriveMeters)
        {
            seconds = Math.Min(seconds, straight * access.DriveSecondsPerMeter);
        }

        foreach (var start in access.Starts(from.X, from.Y, allowed))
        {
            seconds = Math.Min(seconds, start.Seconds + toCentre[start.Node]);
        }

        var names = TravelModeNames.Format(modes);
        var year = network.Scenario.Year;
        return seconds <= cutoff
            ? new CentreTravelTime(year, names, Math.Round(seconds / SecondsPerMinute, 1), null)
            : new CentreTravelTime(
                year,
                names,
                null,
                $"{centre.NameZh} is not reached within {CutoffMinutes} minutes by {names} on the {network.Scenario.Name} network from the "
                + $"block's interior point, which lies {NearestMetres(network, from, modes)} from the nearest node those modes can use");
    }

    private static string NearestMetres(MultimodalNetwork network, Coordinate from, TravelModes modes) =>
        network.Nearest(from, modes) is { } nearest
            ? $"{Math.Round(nearest.Meters)} m"
            : "an unknown distance (the network has no such node)";

    private static Geometry BlockMetres(PlanFeature block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Geometry is not (Polygon or MultiPolygon))
        {
            throw new ArgumentException(
                $"{block.Layer}/{block.Id} is a {block.Geometry.GeometryType}; a scorecard measures coverage over an area, so it needs a "
                + "Polygon or MultiPolygon feature",
                nameof(block));
        }

        var metres = MetricMeasure.ToMetres(block.Geometry);
        if (!(metres.Area > 0))
        {
            throw new ArgumentException(
                $"{block.Layer}/{block.Id} has no area; give its polygon at least three distinct vertices", nameof(block));
        }

        return metres;
    }

    private static BlockCoverage Share(
        string key, int year, Geometry block, Geometry coveredMetres, IReadOnlyList<string> featureIds, string formula)
    {
        var inside = OverlayNGRobust.Overlay(coveredMetres, block, SpatialFunction.Intersection).Area;
        var share = Math.Min(1, inside / block.Area);
        return new BlockCoverage(key, year, share, Math.Round(block.Area, 1), Math.Round(inside, 1), featureIds, formula);
    }
}
