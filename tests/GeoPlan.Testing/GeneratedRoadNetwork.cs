using GeoPlan.Core.Model;
using GeoPlan.Testing.Roads;
using NetTopologySuite.Geometries;

namespace GeoPlan.Testing;

/// <summary>A seeded road network over the seven metropolitan cities, for network tests and routing benchmarks.</summary>
/// <remarks>
/// Each city gets a square street grid around its centre (approximate coordinates of its main urban district), as wide as
/// 50 km × √(its share of the seven cities' 2020 population): 沈阳 about 33 km, 本溪 about 12 km. The requested size sets
/// how many junctions the grids have, not how wide they are. Streets are one LineString each, through every junction of a
/// row or column; expressways link the grids' edges. Junctions are shared vertices: a segment is one stretch between two
/// consecutive vertices. Properties: road_class (OSM highway names), speed_kmh, oneway (traffic in the direction of the
/// line), status operating, source "generated".
/// </remarks>
/// <param name="Layer">The layer <c>roads</c> of LineStrings.</param>
/// <param name="Features">The streets, city by city, then the expressways.</param>
/// <param name="SegmentCount">How many segments (vertex to vertex) the roads have in all.</param>
public sealed record GeneratedRoadNetwork(LayerInfo Layer, IReadOnlyList<PlanFeature> Features, long SegmentCount)
{
    private const double FullWidthMetres = 50_000;

    /// <summary>Makes a network of at least <paramref name="minimumSegments"/> segments; the same arguments always give the same network.</summary>
    public static GeneratedRoadNetwork Create(int minimumSegments, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumSegments, 1);
        var random = new Random(seed);
        var cities = GeneratedCity.All;
        var total = cities.Sum(c => c.PopulationMillions);
        var widths = cities.Select(c => Math.Sqrt(c.PopulationMillions / total)).ToArray();
        var sides = SidesFor(widths, minimumSegments);

        var grids = new Dictionary<string, GeneratedStreetGrid>(StringComparer.Ordinal);
        var features = new List<PlanFeature>();
        for (var i = 0; i < cities.Count; i++)
        {
            var grid = GeneratedStreetGrid.Lay(cities[i], sides[i], FullWidthMetres * widths[i], random);
            grids[cities[i].Id] = grid;
            features.AddRange(grid.Streets(random));
        }

        foreach (var (from, to) in GeneratedExpressway.Links)
        {
            features.Add(GeneratedExpressway.Between(GeneratedCity.Named(from), grids[from], GeneratedCity.Named(to), grids[to], random));
        }

        var extent = new Envelope();
        features.ForEach(f => extent.ExpandToInclude(f.Geometry.EnvelopeInternal));
        var segments = features.Sum(f => (long)f.Geometry.NumPoints - 1);
        var layer = new LayerInfo(
            "roads",
            "生成道路",
            "Generated roads",
            $"A street grid around each of the 7 metropolitan cities and expressways between them: {segments} segments generated " +
            $"from seed {seed}; not real roads. City centres are approximate.",
            OgcGeometryType.LineString,
            [new("road_class", FieldType.Text), new("speed_kmh", FieldType.Real), new("oneway", FieldType.Boolean)],
            extent,
            features.Count);
        return new GeneratedRoadNetwork(layer, features, segments);
    }

    // The smallest grids, with sides in proportion to the cities' widths (at least 3 junctions a side), that hold the segments asked for.
    private static int[] SidesFor(double[] widths, int minimumSegments)
    {
        for (var scale = 3.0; ; scale += 0.5)
        {
            var sides = widths.Select(w => Math.Max(3, (int)Math.Round(scale * w))).ToArray();
            if (sides.Sum(GeneratedStreetGrid.SegmentsOf) >= minimumSegments)
            {
                return sides;
            }
        }
    }
}
