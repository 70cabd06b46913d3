using GeoPlan.Core.Tiles;
using GeoPlan.Testing.Mvt;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Xunit.Abstractions;
using MvtValue = GeoPlan.Testing.Mvt.MvtValue;

namespace GeoPlan.Core.Tests.Tiles;

/// <summary>A seeded layer of 100,000 small plots over the metropolitan area, tiled from zoom 0 to 16.</summary>
public sealed class GeneratedLayerTileTests(ITestOutputHelper output)
{
    private const int PlotCount = 100_000;
    private const int MaxTileBytes = 500_000;
    private const double MetresPerDegree = WebMercatorQuad.Radius * Math.PI / 180;
    private static readonly Lazy<Plots> Layer = new(() => Plots.Generate(PlotCount, seed: 20250301));

    [Fact]
    public void Every_tile_from_zoom_0_to_8_is_far_under_500_KB_and_draws_the_plots_area_as_pixel_squares()
    {
        var plots = Layer.Value;
        for (var zoom = 0; zoom <= 8; zoom++)
        {
            var range = WebMercatorQuad.TilesCovering(plots.Extent, zoom);
            var features = 0;
            var largest = 0;
            foreach (var tile in range.Tiles())
            {
                var bytes = plots.Tile(tile);
                largest = Math.Max(largest, bytes.Length);
                Assert.True(bytes.Length <= MaxTileBytes, $"tile {tile} has {bytes.Length} bytes");
                features += CheckSquares(plots, tile, bytes);
            }

            // At these zooms every plot is under a pixel, so the squares drawn hold the plots' area, less what each
            // tile's pool keeps back (under one square pixel per tile).
            var pixel = WebMercatorQuad.CellSize(zoom);
            var expected = plots.MercatorArea / (pixel * pixel);
            output.WriteLine($"zoom {zoom}: {range.Count} tiles, {features} features (area: {expected:F1}), largest {largest} bytes");
            Assert.InRange(features, Math.Floor(expected) - range.Count, expected + 0.01);
        }
    }

    [Fact]
    public void The_densest_tile_of_every_zoom_from_9_to_16_stays_under_500_KB()
    {
        var plots = Layer.Value;
        for (var zoom = 9; zoom <= 16; zoom++)
        {
            // Where most plots' first corners fall is where a tile holds the most.
            var densest = plots.Outlines
                .Select(o => WebMercatorQuad.TileAt(o.Coordinates[0].X, o.Coordinates[0].Y, zoom))
                .GroupBy(t => t)
                .MaxBy(g => g.Count())!;

            var bytes = plots.Tile(densest.Key);

            output.WriteLine($"zoom {zoom}: densest tile {densest.Key} holds {densest.Count()} plots in {bytes.Length} bytes");
            Assert.NotEmpty(bytes);
            Assert.True(bytes.Length <= MaxTileBytes, $"tile {densest.Key} has {bytes.Length} bytes");
        }
    }

    [Fact]
    public void At_zoom_10_plots_over_a_pixel_are_drawn_as_themselves()
    {
        var plots = Layer.Value;
        var tile = WebMercatorQuad.TilesCovering(new Envelope(123.4, 123.4, 41.8, 41.8), 10).Tiles().Single();

        var bytes = plots.Tile(tile);
        var layer = MvtDecoder.Decode(bytes).Layer("plots");

        var squares = 0;
        foreach (var feature in layer.Features)
        {
            var rings = feature.Geometry().Parts;
            Assert.All(rings, r => Assert.True(MvtGeometry.DoubleSignedArea(r) > 0));
            squares += IsPixelSquare(rings) ? 1 : 0;
        }

        var outlines = layer.Features.Count - squares;
        output.WriteLine($"tile {tile}: {outlines} outlines, {squares} squares, {bytes.Length} bytes");
        Assert.True(outlines > 50, $"{outlines} outlines");
        Assert.True(layer.Features.Where(f => !IsPixelSquare(f.Geometry().Parts)).All(f => f.Geometry().Parts.Single().Count >= 3));
    }

    private static int CheckSquares(Plots plots, TileAddress tile, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return 0;
        }

        var layer = MvtDecoder.Decode(bytes).Layer("plots");
        Assert.Equal(4096u, layer.Extent);
        foreach (var feature in layer.Features)
        {
            Assert.True(IsPixelSquare(feature.Geometry().Parts), $"feature {feature.Id} of tile {tile} is not a pixel square");
            var id = (int)feature.Id!.Value;
            Assert.Equal($"地块 {id}", feature.Properties["name"].Value);
            Assert.Equal(plots.LandUse[id], feature.Properties["land_use"].Value);
        }

        return layer.Features.Count;
    }

    private static bool IsPixelSquare(IReadOnlyList<IReadOnlyList<MvtPoint>> rings) =>
        rings.Count == 1 && rings[0].Count == 4 && MvtGeometry.DoubleSignedArea(rings[0]) == 2 * 16 * 16 &&
        rings[0].Max(p => p.X) - rings[0].Min(p => p.X) == 16;

    private sealed record Plots(Polygon[] Outlines, string[] LandUse, Dictionary<string, object?>[] Properties, double MercatorArea)
    {
        private static readonly string[] LandUses = ["residential", "industrial", "commercial", "green", "public", "logistics"];
        private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

        private readonly STRtree<int> _index = Index(Outlines);

        public Envelope Extent { get; } = new(120.5, 126, 39.5, 44);

        public byte[] Tile(TileAddress tile)
        {
            var candidates = _index.Query(TileOptions.Default.QueryBounds(tile));
            var ordered = candidates.Order().Select(i => new TileFeature(Outlines[i], Properties[i], (ulong)i));
            var builder = new VectorTileBuilder(tile);
            builder.AddLayer("plots", ordered);
            return builder.ToArray();
        }

        // Star-shaped plots 50 to 300 m across, 5 to 8 corners, centres spread evenly over lon 120.5-126, lat 39.5-44.
        public static Plots Generate(int count, int seed)
        {
            var random = new Random(seed);
            var outlines = new Polygon[count];
            var landUse = new string[count];
            var properties = new Dictionary<string, object?>[count];
            var mercatorArea = 0.0;
            for (var i = 0; i < count; i++)
            {
                var lon = 120.5 + (random.NextDouble() * 5.5);
                var lat = 39.5 + (random.NextDouble() * 4.5);
                var radius = (50 + (random.NextDouble() * 250)) / 2;
                var corners = random.Next(5, 9);
                var ring = new Coordinate[corners + 1];
                var metres = new (double X, double Y)[corners];
                var cos = Math.Cos(lat * Math.PI / 180);
                for (var c = 0; c < corners; c++)
                {
                    var angle = (c + (random.NextDouble() * 0.5)) * 2 * Math.PI / corners;
                    var r = radius * (0.6 + (random.NextDouble() * 0.4));
                    metres[c] = (r * Math.Cos(angle), r * Math.Sin(angle));
                    ring[c] = new Coordinate(lon + (metres[c].X / (MetresPerDegree * cos)), lat + (metres[c].Y / MetresPerDegree));
                }

                ring[corners] = ring[0].Copy();
                outlines[i] = Wgs84.CreatePolygon(ring);

                // Web Mercator stretches both axes by sec(latitude), so areas grow by sec².
                mercatorArea += Area(metres) / (cos * cos);
                landUse[i] = LandUses[random.Next(LandUses.Length)];
                properties[i] = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["name"] = $"地块 {i}",
                    ["land_use"] = landUse[i],
                    ["approved_year"] = random.Next(20) == 0 ? null : (long)random.Next(2000, 2026),
                    ["plot_ratio"] = Math.Round(0.5 + (random.NextDouble() * 3.5), 1),
                    ["heritage"] = random.Next(10) == 0,
                };
            }

            return new Plots(outlines, landUse, properties, mercatorArea);
        }

        private static double Area((double X, double Y)[] ring)
        {
            var sum = 0.0;
            for (var i = 0; i < ring.Length; i++)
            {
                var (a, b) = (ring[i], ring[(i + 1) % ring.Length]);
                sum += (a.X * b.Y) - (b.X * a.Y);
            }

            return Math.Abs(sum) / 2;
        }

        private static STRtree<int> Index(Polygon[] outlines)
        {
            var index = new STRtree<int>();
            for (var i = 0; i < outlines.Length; i++)
            {
                index.Insert(outlines[i].EnvelopeInternal, i);
            }

            index.Build();
            return index;
        }
    }
}
