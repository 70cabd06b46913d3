using GeoPlan.Core.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>Two years of one coverage compared: the land gained and lost, and the covered land and people of each year per scope.</summary>
/// <remarks>
/// Gained is the second year's covered area minus the first's, lost the first's minus the second's, both computed on a 1 mm grid:
/// the two areas are unions of many buffers or isochrone cells, and a difference thinner than a millimetre is rounding in those
/// unions, not a change on the ground. People are counted as <see cref="CoverageCalculator"/> does (the 2020 census spread evenly
/// over each unit), so a difference polygon holds the people of its share of each unit's land.
/// </remarks>
/// <param name="FromYear">The first year.</param>
/// <param name="ToYear">The second year.</param>
/// <param name="Summary">One row per scope, in the order the scopes were given.</param>
/// <param name="Gained">The land covered in <paramref name="ToYear"/> but not in <paramref name="FromYear"/>.</param>
/// <param name="Lost">The land covered in <paramref name="FromYear"/> but not in <paramref name="ToYear"/>.</param>
public sealed record ScenarioComparison(
    int FromYear, int ToYear, IReadOnlyList<ScopeSummary> Summary, CoverageDifference Gained, CoverageDifference Lost)
{
    /// <summary>The grid the differences are computed on: 1 mm (1,000 units a metre).</summary>
    public const double GridScale = 1000;

    private const double SquareMetresPerKm2 = 1e6;

    private static readonly PrecisionModel Millimetres = new(GridScale);

    private static readonly CrsTransform ToLonLat = new(CrsRegistry.Cgcs2000Gk123, CrsRegistry.Crs84);

    /// <summary>Compares the covered area of <paramref name="fromYear"/> with that of <paramref name="toYear"/> in each scope.</summary>
    /// <param name="fromYear">The first year.</param>
    /// <param name="fromMetres">Its covered area: valid polygons in EPSG:4550 metres (may be empty).</param>
    /// <param name="toYear">The second year; when it equals the first, nothing is gained or lost.</param>
    /// <param name="toMetres">Its covered area, likewise.</param>
    /// <param name="coverage">The census units that count the people.</param>
    /// <param name="scopes">Where land and people are counted; at least one.</param>
    public static ScenarioComparison Compare(
        int fromYear, Geometry fromMetres, int toYear, Geometry toMetres, CoverageCalculator coverage, IReadOnlyList<CoverageScope> scopes)
    {
        ArgumentNullException.ThrowIfNull(fromMetres);
        ArgumentNullException.ThrowIfNull(toMetres);
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(scopes);
        if (scopes.Count == 0)
        {
            throw new ArgumentException(
                "give at least one scope to count covered land and people in, such as CoverageScope.Metropolitan", nameof(scopes));
        }

        var unchanged = fromYear == toYear || fromMetres.EqualsExact(toMetres);
        var gained = unchanged ? Empty(toMetres) : OverlayNG.Overlay(toMetres, fromMetres, SpatialFunction.Difference, Millimetres);
        var lost = unchanged ? Empty(fromMetres) : OverlayNG.Overlay(fromMetres, toMetres, SpatialFunction.Difference, Millimetres);

        var summary = scopes.Select(scope =>
        {
            var (areaKm2, population) = Whole(scope, coverage);
            var from = Amount(scope, fromMetres, coverage);
            var to = unchanged ? from : Amount(scope, toMetres, coverage);
            return new ScopeSummary(
                scope.Id,
                scope.Label,
                areaKm2,
                population,
                from,
                to,
                Math.Round(to.AreaKm2 - from.AreaKm2, 6),
                to.Population - from.Population);
        }).ToList();
        return new ScenarioComparison(
            fromYear,
            toYear,
            summary,
            Difference(CoverageDifference.Gained, gained, coverage, scopes),
            Difference(CoverageDifference.Lost, lost, coverage, scopes));
    }

    private static CoverageDifference Difference(
        string kind, Geometry metres, CoverageCalculator coverage, IReadOnlyList<CoverageScope> scopes) => new(
        kind,
        metres,
        ToLonLat.Apply(metres),
        Math.Round(metres.Area / SquareMetresPerKm2, 6),
        scopes.Select(s => Amount(s, metres, coverage)).ToList());

    private static Polygon Empty(Geometry like) => like.Factory.CreatePolygon();

    // The land and people of the scope itself: a denominator's own area and the people in it, or the metropolitan totals.
    private static (double AreaKm2, double? Population) Whole(CoverageScope scope, CoverageCalculator coverage)
    {
        if (scope.Metres is null)
        {
            var metropolitan = coverage.Measure(GeometryFactory.Default.CreatePolygon()).Metropolitan;
            return (Math.Round(metropolitan.AreaKm2, 6), metropolitan.Population);
        }

        var people = coverage.Measure(scope.Metres).Metropolitan.CoveredPopulation;
        return (Math.Round(scope.Metres.Area / SquareMetresPerKm2, 6), people is { } p ? Math.Round(p) : null);
    }

    private static ScopeAmount Amount(CoverageScope scope, Geometry covered, CoverageCalculator coverage)
    {
        var inside = scope.Metres is null || covered.IsEmpty
            ? covered
            : OverlayNGRobust.Overlay(covered, scope.Metres, SpatialFunction.Intersection);
        var row = coverage.Measure(inside).Metropolitan;
        // The metropolitan scope is the census units' land, so land outside every city (open sea, a neighbouring province) is not counted.
        var squareMetres = scope.Metres is null ? row.CoveredKm2 * SquareMetresPerKm2 : inside.Area;
        return new ScopeAmount(
            scope.Id, Math.Round(squareMetres / SquareMetresPerKm2, 6), row.CoveredPopulation is { } people ? Math.Round(people) : null)
        {
            PopulationNullReason = row.PopulationNullReason,
        };
    }
}
