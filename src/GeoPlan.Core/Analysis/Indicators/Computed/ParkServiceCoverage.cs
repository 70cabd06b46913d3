using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>公园绿地服务半径覆盖率: the share of the built-up denominator within the service radius of a park.</summary>
/// <remarks>
/// Parks of 5,000 m² or more serve 500 m around them, parks of 2,000 to 5,000 m² serve 300 m, smaller parks serve nothing; the
/// radius is measured from the park's edge and the park's area in EPSG:4550. The union of the buffers counts overlaps once.
/// </remarks>
public static class ParkServiceCoverage
{
    /// <summary>Parks at least this large (m²) serve <see cref="LargeParkRadiusMetres"/>.</summary>
    public const double LargeParkSquareMetres = 5000;

    /// <summary>Parks at least this large (m²), and smaller than <see cref="LargeParkSquareMetres"/>, serve <see cref="SmallParkRadiusMetres"/>.</summary>
    public const double SmallParkSquareMetres = 2000;

    /// <summary>The service radius of a large park, in metres.</summary>
    public const double LargeParkRadiusMetres = 500;

    /// <summary>The service radius of a small park, in metres.</summary>
    public const double SmallParkRadiusMetres = 300;

    /// <summary>The service radius of a park of <paramref name="squareMetres"/>, or null for a park too small to count.</summary>
    public static double? ServiceRadiusMetres(double squareMetres) => squareMetres switch
    {
        >= LargeParkSquareMetres => LargeParkRadiusMetres,
        >= SmallParkSquareMetres => SmallParkRadiusMetres,
        _ => null,
    };

    /// <summary>The park coverage of <paramref name="year"/>'s parks over <paramref name="denominator"/>, with population by <paramref name="coverage"/>.</summary>
    public static IndicatorExplanation Compute(IReadOnlyList<PlanFeature> parks, int year, BuiltUpArea denominator, CoverageCalculator coverage)
    {
        ArgumentNullException.ThrowIfNull(parks);
        ArgumentNullException.ThrowIfNull(denominator);
        ArgumentNullException.ThrowIfNull(coverage);
        var measured = Measure(parks, year);
        var counted = measured.Where(p => p.Radius is not null).ToList();
        var tooSmall = measured.Where(p => p.Radius is null).Select(p => p.Feature.Id).ToList();

        var covered = CoveredMetres(counted, denominator.Metres.Factory);
        var shares = CoverageShares.Of(covered, denominator, coverage);

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["large_park_min_m2"] = LargeParkSquareMetres,
            ["large_park_radius_m"] = LargeParkRadiusMetres,
            ["small_park_min_m2"] = SmallParkSquareMetres,
            ["small_park_radius_m"] = SmallParkRadiusMetres,
            ["radius_measured_from"] = "the park's edge",
            ["measured_in"] = CrsRegistry.Cgcs2000Gk123.Code,
            ["denominator"] = BuiltUpArea.Label,
            ["parks_too_small"] = string.Join(",", tooSmall),
        };
        var contributing = counted.Select(p => new ContributingFeature(
                p.Feature,
                ContributingRoles.Counted,
                new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["area_m2"] = Math.Round(p.SquareMetres, 1),
                    ["service_radius_m"] = p.Radius,
                }))
            .Append(denominator.AsContributing())
            .ToList();

        var indicator = new ComputedIndicator(
            null,
            ComputedIndicatorKeys.ParkServiceCoverage,
            year,
            CoverageShares.Percent(shares.AreaShare),
            "%",
            "C = area(⋃ buffer(park, r(park)) ∩ D) / area(D) × 100, r = 500 m for parks ≥ 5,000 m², 300 m for 2,000–5,000 m², none below; "
            + "D = the area inside the third ring road; population share likewise with census people spread evenly over each district",
            parameters,
            DataDates.Of(contributing.Select(c => c.Feature), [DataDates.CensusLayer]),
            contributing.Select(c => c.Feature.Id).ToList(),
            shares.Parts)
        {
            Notes =
            [
                BuiltUpArea.Label,
                "Parks under 2,000 m² count nothing; overlapping service areas count once.",
                tooSmall.Count == 0 ? "No park existing in the year is under 2,000 m²." : $"Left out as under 2,000 m²: {string.Join(", ", tooSmall)}.",
                $"Only the {counted.Count} parks of the parks layer that exist in the year count; the bundled layer holds a selection of major "
                + "parks, not every park, so the share is a lower bound until a complete park layer is imported.",
                "Park outlines are hand-digitised approximations (geodata/README.md); each park's accuracy_m says how far they may be off.",
            ],
        };
        return new IndicatorExplanation(indicator, contributing, CoveredArea.InLonLat(covered));
    }

    /// <summary>The parks existing in <paramref name="year"/>, in EPSG:4550 metres, with area and service radius (null: too small).</summary>
    internal static List<(PlanFeature Feature, Geometry Metres, double SquareMetres, double? Radius)> Measure(
        IReadOnlyList<PlanFeature> parks, int year)
    {
        ArgumentNullException.ThrowIfNull(parks);
        var scenario = new ScenarioYear(year);
        return parks.Where(scenario.Includes).Select(p =>
        {
            var metres = MetricMeasure.ToMetres(p.Geometry);
            return (Feature: p, Metres: metres, SquareMetres: metres.Area, Radius: ServiceRadiusMetres(metres.Area));
        }).ToList();
    }

    /// <summary>The union of the service areas of the <paramref name="measured"/> parks that serve any, in EPSG:4550 metres.</summary>
    internal static Geometry CoveredMetres(
        IEnumerable<(PlanFeature Feature, Geometry Metres, double SquareMetres, double? Radius)> measured, GeometryFactory factory) =>
        CoveredArea.Union(measured.Where(p => p.Radius is not null).Select(p => (p.Metres, p.Radius!.Value)).ToList(), factory);
}
