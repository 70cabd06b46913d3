using GeoPlan.Core.Analysis.Coverage;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests.Analysis.Coverage;

/// <summary>Coverage by land and by people on square units whose answers can be worked out by hand.</summary>
public sealed class CoverageCalculatorTests
{
    // City "west" (2 km x 1 km) is tiled by districts w1 (x 0-1 km) and w2 (x 1-2 km); city "east" (x 2-3 km) has no districts;
    // the zone (x 1.5-2.5 km) overlays both, like the 沈抚 zone over Shenyang and Fushun.
    private static readonly GeometryFactory Metres = new(new PrecisionModel(), 4550);

    private static PopulationUnit Unit(string id, string layer, double minX, double maxX, long? population) =>
        new(id, layer, id, id, Box(minX, maxX, 0, 1000), population, population is null ? "not counted" : null);

    private static CoverageCalculator Calculator(long? w1 = 1000, long? w2 = 3000, long? west = 4010) => new(
        [Unit("west", "metro_cities", 0, 2000, west), Unit("east", "metro_cities", 2000, 3000, 500), Unit("zone", "metro_cities", 1500, 2500, 999) with { IsOverlay = true }],
        [Unit("w1", "districts", 0, 1000, w1), Unit("w2", "districts", 1000, 2000, w2)]);

    private static Polygon Box(double minX, double maxX, double minY, double maxY) =>
        Metres.CreatePolygon([new(minX, minY), new(maxX, minY), new(maxX, maxY), new(minX, maxY), new(minX, minY)]);

    private static UnitCoverage Row(IEnumerable<UnitCoverage> rows, string id) => rows.Single(r => r.Id == id);

    [Fact]
    public void Half_a_district_covered_holds_half_its_people_and_the_city_counts_by_district()
    {
        var table = Calculator().Measure(Box(0, 500, -100, 1100));

        var w1 = Row(table.Districts, "w1");
        Assert.Equal(1.0, w1.AreaKm2, 9);
        Assert.Equal(0.5, w1.CoveredKm2, 9);
        Assert.Equal(0.5, w1.AreaShare, 9);
        Assert.Equal(1000, w1.Population);
        Assert.Equal(500, w1.CoveredPopulation!.Value, 6);
        Assert.Equal(0.5, w1.PopulationShare!.Value, 9);
        Assert.Equal(0, Row(table.Districts, "w2").CoveredPopulation);

        // The city keeps its census figure but counts the covered people by district: 500 of the districts' 4,000.
        var west = Row(table.Cities, "west");
        Assert.Equal(0.25, west.AreaShare, 9);
        Assert.Equal(4010, west.Population);
        Assert.Equal(500, west.CoveredPopulation!.Value, 6);
        Assert.Equal(500.0 / 4000, west.PopulationShare!.Value, 9);
    }

    [Fact]
    public void A_unit_wholly_inside_counts_in_full_and_one_outside_not_at_all()
    {
        var table = Calculator().Measure(Box(-10, 1000, -10, 1010));

        Assert.Equal(1.0, Row(table.Districts, "w1").AreaShare);
        Assert.Equal(1000, Row(table.Districts, "w1").CoveredPopulation);
        Assert.Equal(0, Row(table.Districts, "w2").CoveredKm2);
        Assert.Equal(0, Row(table.Cities, "east").CoveredPopulation);
    }

    [Fact]
    public void Overlapping_parts_of_a_collection_count_once()
    {
        var overlapping = Metres.CreateGeometryCollection([Box(0, 600, 0, 1000), Box(400, 1000, 0, 1000)]);
        var repeated = Metres.CreateGeometryCollection([Box(0, 1000, 0, 1000), Box(0, 1000, 0, 1000), Metres.CreatePoint(new Coordinate(5, 5))]);
        var nested = Metres.CreateGeometryCollection([Box(0, 1000, 0, 1000), Box(200, 800, 200, 800)]);

        foreach (var covered in new Geometry[] { overlapping, repeated, nested })
        {
            var w1 = Row(Calculator().Measure(covered).Districts, "w1");
            Assert.Equal(1.0, w1.CoveredKm2, 9);
            Assert.Equal(1000, w1.CoveredPopulation!.Value, 6);
        }
    }

    [Fact]
    public void Holes_of_the_covered_area_are_not_covered()
    {
        var withHole = Metres.CreatePolygon(
            Metres.CreateLinearRing([new(0, 0), new(1000, 0), new(1000, 1000), new(0, 1000), new(0, 0)]),
            [Metres.CreateLinearRing([new(250, 250), new(250, 750), new(750, 750), new(750, 250), new(250, 250)])]);

        Assert.Equal(0.75, Row(Calculator().Measure(withHole).Districts, "w1").CoveredKm2, 9);
    }

    [Fact]
    public void A_unit_without_a_census_count_gives_null_population_figures_with_the_reason_and_so_do_its_sums()
    {
        var table = Calculator(w2: null).Measure(Box(0, 3000, 0, 1000));

        var w2 = Row(table.Districts, "w2");
        Assert.Equal(1.0, w2.AreaShare, 9);
        Assert.Null(w2.Population);
        Assert.Null(w2.CoveredPopulation);
        Assert.Null(w2.PopulationShare);
        Assert.Contains("not counted", w2.PopulationNullReason, StringComparison.Ordinal);

        var west = Row(table.Cities, "west");
        Assert.Equal(4010, west.Population);
        Assert.Null(west.CoveredPopulation);
        Assert.Null(west.PopulationShare);
        Assert.Contains("districts/w2", west.PopulationNullReason, StringComparison.Ordinal);
        Assert.Null(table.Metropolitan.CoveredPopulation);
        Assert.Equal(500, Row(table.Cities, "east").CoveredPopulation);
    }

    [Fact]
    public void A_city_without_a_census_count_makes_the_metropolitan_population_unknown()
    {
        var table = Calculator(west: null).Measure(Box(0, 3000, 0, 1000));

        Assert.Null(Row(table.Cities, "west").CoveredPopulation);
        Assert.Null(table.Metropolitan.Population);
        Assert.Null(table.Metropolitan.PopulationShare);
        Assert.Contains("metro_cities/west", table.Metropolitan.PopulationNullReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overlay_zone_is_a_row_of_its_own_but_never_in_the_metropolitan_total()
    {
        var table = Calculator().Measure(Box(1500, 2500, 0, 1000));

        var zone = Row(table.Cities, "zone");
        Assert.Equal(1.0, zone.AreaShare, 9);
        Assert.Equal(999, zone.CoveredPopulation!.Value, 6);

        // The two city halves under the zone: half of w2 (1,500) and half of east (250), out of 4,000 + 500.
        var metropolitan = table.Metropolitan;
        Assert.Equal(CoverageCalculator.MetropolitanId, metropolitan.Id);
        Assert.Equal(3.0, metropolitan.AreaKm2, 9);
        Assert.Equal(1.0, metropolitan.CoveredKm2, 9);
        Assert.Equal(4010 + 500, metropolitan.Population);
        Assert.Equal(1500 + 250, metropolitan.CoveredPopulation!.Value, 6);
        Assert.Equal(1750.0 / 4500, metropolitan.PopulationShare!.Value, 9);
    }

    [Fact]
    public void An_empty_covered_area_covers_nothing()
    {
        var table = Calculator().Measure(Metres.CreatePolygon());

        Assert.All(table.Cities.Concat(table.Districts).Append(table.Metropolitan), row => Assert.Equal(0, row.CoveredKm2));
        Assert.Equal(0, table.Metropolitan.PopulationShare);
    }

    [Fact]
    public void A_covered_area_in_degrees_or_a_collection_with_an_invalid_polygon_is_refused_with_the_fix()
    {
        var degrees = new GeometryFactory(new PrecisionModel(), 4326).CreatePolygon(Box(0, 1, 0, 1).Coordinates);
        var bowtie = Metres.CreateGeometryCollection(
            [Metres.CreatePolygon([new(0, 0), new(1000, 1000), new(1000, 0), new(0, 1000), new(0, 0)]), Box(0, 100, 0, 100)]);

        Assert.Contains("EPSG:4550", Assert.Throws<ArgumentException>(() => Calculator().Measure(degrees)).Message, StringComparison.Ordinal);
        Assert.Contains("repair it", Assert.Throws<ArgumentException>(() => Calculator().Measure(bowtie)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Districts_must_lie_in_a_city_and_tile_it()
    {
        var outside = Assert.Throws<ArgumentException>(() => new CoverageCalculator(
            [Unit("west", "metro_cities", 0, 2000, 1)], [Unit("far", "districts", 5000, 6000, 1)]));
        var partial = Assert.Throws<ArgumentException>(() => new CoverageCalculator(
            [Unit("west", "metro_cities", 0, 2000, 1)], [Unit("w1", "districts", 0, 1000, 1)]));

        Assert.Contains("districts/far lies in none of the cities", outside.Message, StringComparison.Ordinal);
        Assert.Contains("metro_cities/west: its districts cover 1 km² of its 2 km²", partial.Message, StringComparison.Ordinal);
    }
}
