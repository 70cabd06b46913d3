using GeoPlan.Core;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Testing;

/// <summary>A seeded layer of small plot polygons spread over the metropolitan area, for differential tests and load benchmarks.</summary>
/// <param name="Layer">The layer <c>plots</c>: text, integer, real and boolean attributes beside the common fields.</param>
/// <param name="Features">The plots, ids <c>plot-1</c> to <c>plot-N</c> (unpadded, so id order is not creation order).</param>
public sealed record GeneratedLayer(LayerInfo Layer, IReadOnlyList<PlanFeature> Features)
{
    private const double MaxRadius = 0.004;
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);
    private static readonly string[] LandUses = ["residential", "industrial", "commercial", "green", "public", "logistics"];

    /// <summary>Makes <paramref name="count"/> plots; the same seed always gives the same layer.</summary>
    public static GeneratedLayer Create(int count, int seed)
    {
        var random = new Random(seed);
        var features = new List<PlanFeature>(count);
        for (var i = 1; i <= count; i++)
        {
            features.Add(Plot(random, i, seed));
        }

        var extent = new Envelope();
        features.ForEach(f => extent.ExpandToInclude(f.Geometry.EnvelopeInternal));
        var layer = new LayerInfo(
            "plots",
            "生成地块",
            "Generated plots",
            $"{count} plot polygons generated from seed {seed}; not real data.",
            OgcGeometryType.Polygon,
            [new("land_use", FieldType.Text), new("approved_year", FieldType.Integer), new("plot_ratio", FieldType.Real), new("heritage", FieldType.Boolean)],
            count == 0 ? null : extent,
            count);
        return new GeneratedLayer(layer, features);
    }

    /// <summary>A dataset holding <paramref name="dataset"/>'s layers and features and this layer's.</summary>
    public PlanDataset AddTo(PlanDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset with { Layers = [.. dataset.Layers, Layer], Features = [.. dataset.Features, .. Features] };
    }

    private static PlanFeature Plot(Random random, int index, int seed)
    {
        // Centres keep one largest radius away from the edge, so every plot lies inside the metropolitan area.
        var bounds = MetropolitanArea.Bounds.Copy();
        bounds.ExpandBy(-MaxRadius);
        var centre = new Coordinate(bounds.MinX + (random.NextDouble() * bounds.Width), bounds.MinY + (random.NextDouble() * bounds.Height));
        return new PlanFeature
        {
            Id = $"plot-{index}",
            Layer = "plots",
            Geometry = Outline(random, centre),
            NameZh = $"地块 {index}",
            NameEn = $"Plot {index}",
            Status = (FeatureStatus)random.Next(4),
            OpenYear = random.Next(3) == 0 ? null : random.Next(2000, 2031),
            TargetYear = random.Next(5) == 0 ? random.Next(2025, 2036) : null,
            Source = $"generated from seed {seed}",
            AccuracyM = Math.Round(5 + (random.NextDouble() * 45), 1),
            Attributes = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["land_use"] = LandUses[random.Next(LandUses.Length)],
                ["approved_year"] = random.Next(20) == 0 ? null : (long)random.Next(2000, 2026),
                ["plot_ratio"] = random.Next(30) == 0 ? null : Math.Round(0.5 + (random.NextDouble() * 3.5), 1),
                ["heritage"] = random.Next(10) == 0,
            },
        };
    }

    // A star-shaped polygon of 5 to 8 corners, 50 to 400 m across: always simple, like a city block.
    private static Polygon Outline(Random random, Coordinate centre)
    {
        var corners = random.Next(5, 9);
        var radius = 0.0005 + (random.NextDouble() * (MaxRadius - 0.0005));
        var ring = new Coordinate[corners + 1];
        for (var k = 0; k < corners; k++)
        {
            var angle = (k + (random.NextDouble() * 0.8)) * 2 * Math.PI / corners;
            var r = radius * (0.6 + (random.NextDouble() * 0.4));
            ring[k] = new Coordinate(Math.Round(centre.X + (r * Math.Cos(angle)), 7), Math.Round(centre.Y + (r * Math.Sin(angle)), 7));
        }

        ring[corners] = ring[0].Copy();
        return Wgs84.CreatePolygon(ring);
    }
}
