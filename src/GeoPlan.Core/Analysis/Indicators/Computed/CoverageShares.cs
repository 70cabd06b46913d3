using GeoPlan.Core.Analysis.Coverage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>How much of the built-up denominator, and of each Shenyang district, a covered area holds, by land and by people.</summary>
/// <param name="AreaShare">Covered over total area of the denominator, 0 to 1.</param>
/// <param name="Parts">The denominator's row first, then one row per district (values in %).</param>
internal sealed record CoverageShares(double AreaShare, IReadOnlyList<ComputedPart> Parts)
{
    private const double SquareMetresPerKm2 = 1e6;

    /// <summary>The shares of <paramref name="coveredMetres"/> (a valid polygonal area in EPSG:4550).</summary>
    public static CoverageShares Of(Geometry coveredMetres, BuiltUpArea denominator, CoverageCalculator coverage)
    {
        var inside = OverlayNGRobust.Overlay(coveredMetres, denominator.Metres, SpatialFunction.Intersection);
        var areaShare = inside.Area / denominator.Metres.Area;

        // The census spread: people inside the ring are each district's people times the share of its area inside the ring.
        var people = coverage.Measure(denominator.Metres).Districts;
        var reached = coverage.Measure(inside).Districts;
        var unknown = people.Concat(reached).Select(d => d.PopulationNullReason).FirstOrDefault(r => r is not null);
        var population = unknown is null ? people.Sum(d => d.CoveredPopulation!.Value) : (double?)null;
        var coveredPopulation = unknown is null ? reached.Sum(d => d.CoveredPopulation!.Value) : (double?)null;
        var builtUp = new ComputedPart("inside-ring-3", "三环内 (built-up area, approximated)", Percent(areaShare), "%")
        {
            Details = Details(
                denominator.Metres.Area,
                inside.Area,
                population,
                coveredPopulation,
                population > 0 ? coveredPopulation / population : null,
                unknown),
        };

        var districts = coverage.Measure(coveredMetres).Districts.Select(d => new ComputedPart(d.Id, d.NameZh, Percent(d.AreaShare), "%")
        {
            Details = Details(
                d.AreaKm2 * SquareMetresPerKm2, d.CoveredKm2 * SquareMetresPerKm2, d.Population, d.CoveredPopulation, d.PopulationShare, d.PopulationNullReason),
        });
        return new CoverageShares(areaShare, [builtUp, .. districts]);
    }

    /// <summary>A share as a percentage to two decimals.</summary>
    public static double Percent(double share) => Math.Round(share * 100, 2);

    private static Dictionary<string, object?> Details(
        double squareMetres, double coveredSquareMetres, double? population, double? coveredPopulation, double? populationShare, string? nullReason)
    {
        var details = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["area_km2"] = Math.Round(squareMetres / SquareMetresPerKm2, 6),
            ["covered_km2"] = Math.Round(coveredSquareMetres / SquareMetresPerKm2, 6),
            ["population"] = population is { } p ? Math.Round(p) : null,
            ["covered_population"] = coveredPopulation is { } c ? Math.Round(c) : null,
            ["population_share_pct"] = populationShare is { } s ? Percent(s) : null,
        };
        if (populationShare is null)
        {
            details["population_share_pct_null_reason"] = nullReason ?? "the denominator holds nobody";
        }

        return details;
    }
}
