using GeoPlan.Core.Analysis.Coverage;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests.Analysis.Coverage;

/// <summary>Two years' covered areas compared on square census units and discs, with answers worked out by hand.</summary>
public sealed class ScenarioComparisonTests
{
    // City "west" (2 km x 1 km) is tiled by w1 (x 0-1 km, 1,000 people: 1,000 a km²) and w2 (x 1-2 km, 3,000 a km²); "east" (x 2-3 km)
    // has 500 people. The denominator scope is w1's square.
    private static readonly GeometryFactory Metres = new(new PrecisionModel(), 4550);

    private static readonly CoverageCalculator Census = new(
        [Unit("west", "metro_cities", 0, 2000, 4000), Unit("east", "metro_cities", 2000, 3000, 500)],
        [Unit("w1", "districts", 0, 1000, 1000), Unit("w2", "districts", 1000, 2000, 3000)]);

    private static readonly CoverageScope WestSquare = new("w1-square", "the square of w1", Box(0, 1000));

    private static readonly CoverageScope[] Scopes = [WestSquare, CoverageScope.Metropolitan];

    // Disc A lies in w1, disc B in w2; both 200 m across the radius, drawn with 64 segments a quarter.
    private static readonly Geometry DiscA = Disc(500, 500, 200);
    private static readonly Geometry DiscB = Disc(1500, 500, 200);

    private static PopulationUnit Unit(string id, string layer, double minX, double maxX, long population) =>
        new(id, layer, id, id, Box(minX, maxX), population, null);

    private static Polygon Box(double minX, double maxX) =>
        Metres.CreatePolygon([new(minX, 0), new(maxX, 0), new(maxX, 1000), new(minX, 1000), new(minX, 0)]);

    private static Geometry Disc(double x, double y, double radius) => Metres.CreatePoint(new Coordinate(x, y)).Buffer(radius, 64);

    private static ScopeAmount In(IEnumerable<ScopeAmount> amounts, CoverageScope scope) => amounts.Single(a => a.Scope == scope.Id);

    private static ScopeSummary Row(ScenarioComparison comparison, CoverageScope scope) =>
        comparison.Summary.Single(s => s.Scope == scope.Id);

    [Fact]
    public void A_new_disc_is_gained_whole_with_the_people_of_its_district_density_and_nothing_is_lost()
    {
        var comparison = ScenarioComparison.Compare(2023, DiscA, 2025, DiscA.Union(DiscB), Census, Scopes);

        var km2 = DiscB.Area / 1e6;
        Assert.Equal(km2, comparison.Gained.AreaKm2, 6);
        // The differences are computed on a 1 mm grid, so the disc's 1.26 km outline may move by half a millimetre: under 1 m² in all.
        Assert.InRange(DiscB.Difference(comparison.Gained.Metres).Area + comparison.Gained.Metres.Difference(DiscB).Area, 0, 1);
        Assert.True(comparison.Lost.Metres.IsEmpty);
        Assert.Equal(0, comparison.Lost.AreaKm2);

        // Disc B lies in w2, at 3,000 people a km², and outside the w1 square.
        var gained = In(comparison.Gained.Scopes, CoverageScope.Metropolitan);
        Assert.Equal(km2, gained.AreaKm2, 6);
        Assert.Equal(Math.Round(km2 * 3000), gained.Population);
        Assert.Equal(0, In(comparison.Gained.Scopes, WestSquare).AreaKm2);
        Assert.Equal(0, In(comparison.Gained.Scopes, WestSquare).Population);

        var metropolitan = Row(comparison, CoverageScope.Metropolitan);
        Assert.Equal(3.0, metropolitan.AreaKm2, 9);
        Assert.Equal(4500, metropolitan.Population);
        Assert.Equal(DiscA.Area / 1e6, metropolitan.From.AreaKm2, 6);
        Assert.Equal(Math.Round(DiscA.Area / 1e6 * 1000), metropolitan.From.Population);
        Assert.Equal(Math.Round((DiscA.Area / 1e6 * 1000) + (km2 * 3000)), metropolitan.To.Population);
        Assert.Equal(km2, metropolitan.ChangeKm2, 6);
        Assert.Equal(metropolitan.To.Population - metropolitan.From.Population, metropolitan.PopulationChange);

        // Inside the w1 square nothing changes: disc A is covered in both years.
        var square = Row(comparison, WestSquare);
        Assert.Equal(1.0, square.AreaKm2, 9);
        Assert.Equal(1000, square.Population);
        Assert.Equal(DiscA.Area / 1e6, square.To.AreaKm2, 6);
        Assert.Equal(0, square.ChangeKm2);
        Assert.Equal(Math.Round(DiscA.Area / 1e6 * 100, 2), square.ToAreaSharePct);
    }

    [Fact]
    public void An_overlapping_disc_gains_its_area_outside_the_old_one_and_loses_the_old_one_outside_it()
    {
        var moved = Disc(700, 500, 200);

        var comparison = ScenarioComparison.Compare(2023, DiscA, 2025, moved, Census, Scopes);

        // Two circles of radius r whose centres are d apart overlap in a lens of 2r²·acos(d/2r) − (d/2)·√(4r² − d²); each side of it
        // is the circle minus the lens. r = 200 m, d = 200 m; the 256-gon is 0.01 % short of the circle.
        const double r = 200, d = 200;
        var lens = (2 * r * r * Math.Acos(d / (2 * r))) - (d / 2 * Math.Sqrt((4 * r * r) - (d * d)));
        var crescentKm2 = ((Math.PI * r * r) - lens) / 1e6;
        Assert.Equal(crescentKm2, comparison.Gained.AreaKm2, 4);
        Assert.Equal(crescentKm2, comparison.Lost.AreaKm2, 4);
        Assert.Equal(moved.Difference(DiscA).Area / 1e6, comparison.Gained.AreaKm2, 6);

        // Both crescents lie in w1 at 1,000 people a km², all of it inside the w1 square.
        Assert.Equal(Math.Round(comparison.Gained.AreaKm2 * 1000), In(comparison.Gained.Scopes, WestSquare).Population);
        Assert.Equal(Math.Round(comparison.Lost.AreaKm2 * 1000), In(comparison.Lost.Scopes, CoverageScope.Metropolitan).Population);
        var square = Row(comparison, WestSquare);
        Assert.Equal(comparison.Gained.AreaKm2 - comparison.Lost.AreaKm2, square.ChangeKm2, 6);
    }

    [Fact]
    public void Swapping_the_years_swaps_gained_and_lost()
    {
        var forward = ScenarioComparison.Compare(2023, DiscA, 2025, DiscB, Census, Scopes);
        var backward = ScenarioComparison.Compare(2025, DiscB, 2023, DiscA, Census, Scopes);

        Assert.Equal(forward.Gained.AreaKm2, backward.Lost.AreaKm2);
        Assert.Equal(forward.Lost.AreaKm2, backward.Gained.AreaKm2);
        Assert.Equal(forward.Gained.Scopes, backward.Lost.Scopes);
        Assert.Equal(Math.Round(DiscA.Area / 1e6 * 1000), In(forward.Lost.Scopes, WestSquare).Population);
        var metropolitan = CoverageScope.Metropolitan;
        Assert.Equal(-Row(forward, metropolitan).PopulationChange, Row(backward, metropolitan).PopulationChange);
    }

    [Fact]
    public void The_same_year_on_both_sides_changes_nothing()
    {
        var comparison = ScenarioComparison.Compare(2025, DiscA, 2025, DiscA, Census, Scopes);

        Assert.True(comparison.Gained.Metres.IsEmpty);
        Assert.True(comparison.Lost.LonLat.IsEmpty);
        var amounts = comparison.Gained.Scopes.Concat(comparison.Lost.Scopes);
        Assert.All(amounts, a => Assert.Equal((0.0, 0.0), (a.AreaKm2, a.Population!.Value)));
        Assert.All(comparison.Summary, s => Assert.Equal((0.0, 0.0), (s.ChangeKm2, s.PopulationChange!.Value)));
        Assert.Equal(Row(comparison, WestSquare).From, Row(comparison, WestSquare).To);
    }

    [Fact]
    public void Nothing_covered_in_either_year_is_an_empty_comparison_with_the_scope_totals()
    {
        var nothing = Metres.CreatePolygon();

        var comparison = ScenarioComparison.Compare(2023, nothing, 2025, nothing, Census, Scopes);

        Assert.Equal(0, comparison.Gained.AreaKm2);
        Assert.Equal(4500, Row(comparison, CoverageScope.Metropolitan).Population);
        Assert.Equal(0, Row(comparison, CoverageScope.Metropolitan).To.Population);
    }

    [Fact]
    public void A_comparison_needs_a_scope()
    {
        var error = Assert.Throws<ArgumentException>(() => ScenarioComparison.Compare(2023, DiscA, 2025, DiscB, Census, []));

        Assert.Contains("CoverageScope.Metropolitan", error.Message, StringComparison.Ordinal);
    }
}
