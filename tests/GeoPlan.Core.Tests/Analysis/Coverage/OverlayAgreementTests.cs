using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Precision;

namespace GeoPlan.Core.Tests.Analysis.Coverage;

/// <summary>Covered areas measured without overlays equal NTS overlay intersections on random, degenerate and real shapes.</summary>
public sealed class OverlayAgreementTests
{
    private const double RelativeTolerance = 1e-6;
    private static readonly GeometryFactory Metres = new(new PrecisionModel(), 4550);
    private static readonly IReadOnlyList<PlanFeature> Features = BundledGeodata.Result.Dataset.Features;
    private static readonly Coordinate Centre =
        MetricMeasure.ToMetres(new GeometryFactory(new PrecisionModel(), 4326).CreatePoint(new Coordinate(123.434, 41.806))).Coordinate;

    [Fact]
    public void Random_units_and_covered_areas_with_holes_and_islands_agree_with_the_overlay()
    {
        var random = new Random(6);
        for (var trial = 0; trial < 150; trial++)
        {
            var units = Enumerable.Range(0, 4).Select(i => Unit($"u{i}", RandomUnit(random))).ToList();
            var covered = RandomArea(random, 0, 0, 30_000, parts: random.Next(1, 8), holes: random.Next(0, 6));
            // Snapping to a coarse grid makes vertices fall on other edges and edges run along each other.
            if (trial % 3 == 0)
            {
                covered = new GeometryPrecisionReducer(new PrecisionModel(1 / 500.0)).Reduce(covered);
            }

            AssertAgrees(new CoverageCalculator(units, []), units, covered, $"trial {trial}");
        }
    }

    [Fact]
    public void Covered_areas_sharing_edges_and_vertices_with_the_units_agree_with_the_overlay()
    {
        var random = new Random(60);
        for (var trial = 0; trial < 100; trial++)
        {
            // Units and covered rectangles on one 1 km lattice: boundaries coincide, touch at corners or run along each other.
            var units = Enumerable.Range(0, 4).Select(i => Unit($"u{i}", LatticeBoxes(random, 3))).ToList();
            var covered = OverlayNGRobust.Union(LatticeBoxes(random, 5));
            AssertAgrees(new CoverageCalculator(units, []), units, covered, $"trial {trial}");
        }
    }

    [Fact]
    public void Bundled_cities_and_districts_under_isochrone_like_areas_agree_with_the_overlay()
    {
        var calculator = CoverageCalculator.FromLayers(Layer("metro_cities"), Layer("districts"));
        var units = Layer("metro_cities").Concat(Layer("districts")).Select(f => PopulationUnit.FromFeature(f, isOverlay: false)).ToList();
        var random = new Random(1);
        foreach (var reach in new[] { 15_000.0, 25_000, 40_000, 60_000 })
        {
            var area = RandomArea(random, Centre.X, Centre.Y, reach, parts: 14, holes: 10);
            AssertAgrees(calculator, units, area, $"reach {reach} m");
            // Cells of a 250 m travel-time grid contour to vertices on a 125 m lattice.
            var snapped = new GeometryPrecisionReducer(new PrecisionModel(1 / 125.0)).Reduce(area);
            AssertAgrees(calculator, units, snapped, $"reach {reach} m, snapped");
        }

        // A district as the covered area shares its whole boundary with its neighbours and its city.
        foreach (var district in units.Where(u => u.Layer == "districts"))
        {
            AssertAgrees(calculator, units, district.Metres, district.Id);
        }
    }

    private static void AssertAgrees(CoverageCalculator calculator, IReadOnlyList<PopulationUnit> units, Geometry covered, string what)
    {
        var table = calculator.Measure(covered);
        foreach (var row in table.Cities.Concat(table.Districts))
        {
            var unit = units.Single(u => u.Id == row.Id);
            // Shenyang is measured by its districts; its own polygon differs from theirs within the tiling tolerance.
            var reference = row.Id == "shenyang"
                ? table.Districts.Sum(d => Overlaid(units.Single(u => u.Id == d.Id).Metres, covered))
                : Overlaid(unit.Metres, covered);
            var measured = row.CoveredKm2 * 1e6;
            Assert.True(
                Math.Abs(measured - reference) <= RelativeTolerance * Math.Max(reference, 1),
                $"{what}: {row.Id} measured {measured:R} m², the overlay gives {reference:R} m²");
        }
    }

    private static double Overlaid(Geometry unit, Geometry covered)
    {
        var polygons = PolygonExtracter.GetPolygons(covered);
        var dissolved = polygons.Count == 1 ? polygons[0] : OverlayNGRobust.Union(Metres.BuildGeometry(polygons));
        return OverlayNGRobust.Overlay(dissolved, unit, SpatialFunction.Intersection).Area;
    }

    private static List<PlanFeature> Layer(string layer) => Features.Where(f => f.Layer == layer).ToList();

    private static PopulationUnit Unit(string id, Geometry metres) => new(id, "metro_cities", id, id, metres, 1000, null);

    // A star-shaped polygon, sometimes with a hole and sometimes with a second part.
    private static Geometry RandomUnit(Random random)
    {
        Polygon Star(double x, double y, double radius, bool withHole)
        {
            var shell = Metres.CreateLinearRing(StarRing(random, x, y, radius * 0.5, radius));
            return withHole
                ? Metres.CreatePolygon(shell, [Metres.CreateLinearRing(StarRing(random, x, y, radius * 0.1, radius * 0.4))])
                : Metres.CreatePolygon(shell);
        }

        var (x, y) = (random.NextDouble() * 40_000 - 20_000, random.NextDouble() * 40_000 - 20_000);
        var first = Star(x, y, 5_000 + random.NextDouble() * 15_000, random.Next(2) == 0);
        return random.Next(3) == 0 ? Metres.CreateMultiPolygon([first, Star(x + 50_000, y, 5_000, withHole: false)]) : first;
    }

    private static Coordinate[] StarRing(Random random, double x, double y, double minRadius, double maxRadius)
    {
        var count = random.Next(5, 60);
        var ring = Enumerable.Range(0, count)
            .Select(i => (Angle: 2 * Math.PI * i / count, Radius: minRadius + random.NextDouble() * (maxRadius - minRadius)))
            .Select(p => new Coordinate(x + p.Radius * Math.Cos(p.Angle), y + p.Radius * Math.Sin(p.Angle)))
            .ToList();
        return [.. ring, ring[0]];
    }

    // A union of discs around (x, y) within reach, with discs taken out as holes: a valid MultiPolygon, like an isochrone.
    private static Geometry RandomArea(Random random, double x, double y, double reach, int parts, int holes)
    {
        Geometry Disc(double distance, double radius, int segments)
        {
            var angle = random.NextDouble() * 2 * Math.PI;
            var centre = Metres.CreatePoint(new Coordinate(x + distance * Math.Cos(angle), y + distance * Math.Sin(angle)));
            return centre.Buffer(radius, segments);
        }

        var kept = Enumerable.Range(0, parts)
            .Select(_ => Disc(random.NextDouble() * reach, (0.1 + random.NextDouble() * 0.4) * reach, random.Next(2, 80)));
        var removed = Enumerable.Range(0, holes)
            .Select(_ => Disc(random.NextDouble() * reach * 0.8, (0.02 + random.NextDouble() * 0.08) * reach, random.Next(2, 12)));
        return OverlayNGRobust.Overlay(
            OverlayNGRobust.Union(Metres.BuildGeometry(kept.ToList())),
            OverlayNGRobust.Union(Metres.BuildGeometry(removed.ToList())),
            SpatialFunction.Difference);
    }

    private static Geometry LatticeBoxes(Random random, int count) => OverlayNGRobust.Union(Metres.BuildGeometry(Enumerable.Range(0, count)
        .Select(_ =>
        {
            var (x, y) = (random.Next(0, 8) * 1000.0, random.Next(0, 8) * 1000.0);
            var (width, height) = (random.Next(1, 5) * 1000.0, random.Next(1, 5) * 1000.0);
            return (Geometry)Metres.ToGeometry(new Envelope(x, x + width, y, y + height));
        })
        .ToList()));
}
