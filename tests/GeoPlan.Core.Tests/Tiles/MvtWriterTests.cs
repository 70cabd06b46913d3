using GeoPlan.Core.Tiles;
using GeoPlan.Testing.Mvt;
using MvtValue = GeoPlan.Testing.Mvt.MvtValue;

namespace GeoPlan.Core.Tests.Tiles;

public sealed class MvtWriterTests
{
    private static readonly (int, int)[] Square = [(10, 10), (40, 10), (40, 40), (10, 40)];

    [Fact]
    public void Point_is_encoded_as_the_specification_example()
    {
        var feature = Single(TileShapes.Points((25, 17)));

        Assert.Equal([9u, 50, 34], feature.Commands);
        Assert.Equal([new MvtPoint(25, 17)], feature.Geometry().Parts.Single());
        Assert.Equal(MvtGeometryType.Point, feature.Type);
    }

    [Fact]
    public void Multipoint_is_encoded_as_the_specification_example()
    {
        var feature = Single(TileShapes.Points((5, 7), (3, 2)));

        Assert.Equal([17u, 10, 14, 3, 9], feature.Commands);
    }

    [Fact]
    public void Lines_are_encoded_as_the_specification_examples()
    {
        var line = Single(TileShapes.Lines([(2, 2), (2, 10), (10, 10)]));
        var multiline = Single(TileShapes.Lines([(2, 2), (2, 10), (10, 10)], [(1, 1), (3, 5)]));

        Assert.Equal([9u, 4, 4, 18, 0, 16, 16, 0], line.Commands);
        Assert.Equal([9u, 4, 4, 18, 0, 16, 16, 0, 9, 17, 17, 10, 4, 8], multiline.Commands);
        Assert.Equal(MvtGeometryType.LineString, multiline.Type);
        Assert.Equal([new MvtPoint(1, 1), new MvtPoint(3, 5)], multiline.Geometry().Parts[1]);
    }

    [Fact]
    public void Polygons_are_encoded_as_the_specification_examples()
    {
        var polygon = Single(TileShapes.Polygon([[(3, 6), (8, 12), (20, 34)]]));
        var multipolygon = Single(TileShapes.Polygon(
            [
                [(0, 0), (10, 0), (10, 10), (0, 10)],
                [(11, 11), (20, 11), (20, 20), (11, 20)],
                [(13, 13), (13, 17), (17, 17), (17, 13)],
            ],
            2));

        Assert.Equal([9u, 6, 12, 18, 10, 12, 24, 44, 15], polygon.Commands);
        Assert.Equal(
            [9u, 0, 0, 26, 20, 0, 0, 20, 19, 0, 15, 9, 22, 2, 26, 18, 0, 0, 18, 17, 0, 15, 9, 4, 13, 26, 0, 8, 8, 0, 0, 7, 15],
            multipolygon.Commands);
    }

    [Fact]
    public void Rings_are_wound_as_the_specification_requires_whatever_order_they_come_in()
    {
        // An anticlockwise (on screen) exterior and a clockwise hole: both the wrong way round for MVT.
        (int, int)[] exterior = [(0, 0), (0, 100), (100, 100), (100, 0)];
        (int, int)[] hole = [(20, 20), (80, 20), (80, 80), (20, 80)];
        var feature = Single(TileShapes.Polygon([exterior, hole], 1));

        var rings = feature.Geometry().Parts;
        Assert.True(MvtGeometry.DoubleSignedArea(rings[0]) > 0);
        Assert.True(MvtGeometry.DoubleSignedArea(rings[1]) < 0);
        Assert.Equal(2 * 100 * 100, MvtGeometry.DoubleSignedArea(rings[0]));
        Assert.Equal(-2 * 60 * 60, MvtGeometry.DoubleSignedArea(rings[1]));
        Assert.Equal(new MvtPoint(0, 0), rings[0][0]);
        Assert.Equal(exterior.Select(p => new MvtPoint(p.Item1, p.Item2)).ToHashSet(), rings[0].ToHashSet());
        Assert.Single(feature.Geometry().Polygons());
    }

    [Fact]
    public void Rings_already_wound_correctly_keep_their_order()
    {
        (int, int)[] clockwise = [(0, 0), (100, 0), (100, 100), (0, 100)];
        var feature = Single(TileShapes.Polygon([clockwise]));

        Assert.Equal(clockwise.Select(p => new MvtPoint(p.Item1, p.Item2)), feature.Geometry().Parts[0]);
    }

    [Fact]
    public void Keys_and_values_are_shared_across_the_features_of_a_layer()
    {
        var writer = new MvtWriter();
        writer.BeginLayer("plots");
        writer.AddFeature(TileShapes.Points((1, 1)), Properties(("kind", "park"), ("year", 2025L), ("open", true)), 1);
        writer.AddFeature(TileShapes.Points((2, 2)), Properties(("kind", "park"), ("year", 2030L), ("open", true)), 2);
        writer.AddFeature(TileShapes.Points((3, 3)), Properties(("year", 2025L), ("kind", "lake"), ("area", 2025.0)), 3);
        writer.EndLayer();

        var layer = MvtDecoder.Decode(writer.WrittenSpan).Layer("plots");
        Assert.Equal(["kind", "year", "open", "area"], layer.Keys);
        Assert.Equal(
            [("park", MvtValueType.String), (2025L, MvtValueType.Int), (true, MvtValueType.Bool), (2030L, MvtValueType.Int),
             ("lake", MvtValueType.String), (2025.0, MvtValueType.Double)],
            layer.Values.Select(v => (v.Value, v.Type)));
        Assert.Equal([1u, 1, 0, 4, 3, 5], layer.Features[2].Tags);
        Assert.Equal("lake", layer.Features[2].Properties["kind"].Value);
        Assert.Equal(2030L, layer.Features[1].Properties["year"].Value);
    }

    [Fact]
    public void Values_take_the_value_type_that_fits_and_nulls_are_left_out()
    {
        var properties = Properties(
            ("text", "沈阳"), ("count", 7L), ("debt", -7L), ("small", 3), ("ratio", 1.5), ("single", 0.25f),
            ("flag", false), ("huge", ulong.MaxValue), ("missing", null));
        var feature = Single(TileShapes.Points((1, 1)), properties);

        Assert.Equal(8, feature.Properties.Count);
        Assert.False(feature.Properties.ContainsKey("missing"));
        Assert.Equal(new MvtValue(MvtValueType.String, "沈阳"), feature.Properties["text"]);
        Assert.Equal(new MvtValue(MvtValueType.Int, 7L), feature.Properties["count"]);
        Assert.Equal(new MvtValue(MvtValueType.SInt, -7L), feature.Properties["debt"]);
        Assert.Equal(new MvtValue(MvtValueType.Int, 3L), feature.Properties["small"]);
        Assert.Equal(new MvtValue(MvtValueType.Double, 1.5), feature.Properties["ratio"]);
        Assert.Equal(new MvtValue(MvtValueType.Double, 0.25), feature.Properties["single"]);
        Assert.Equal(new MvtValue(MvtValueType.Bool, false), feature.Properties["flag"]);
        Assert.Equal(new MvtValue(MvtValueType.UInt, ulong.MaxValue), feature.Properties["huge"]);
    }

    [Fact]
    public void Equal_numbers_of_different_types_stay_different_values()
    {
        var writer = new MvtWriter();
        writer.BeginLayer("l");
        writer.AddFeature(TileShapes.Points((1, 1)), Properties(("a", 1L), ("b", 1.0), ("c", "1"), ("d", true)));
        writer.EndLayer();

        Assert.Equal(4, MvtDecoder.Decode(writer.WrittenSpan).Layer("l").Values.Count);
    }

    [Fact]
    public void A_property_of_an_unsupported_type_is_refused_with_its_name()
    {
        var writer = new MvtWriter();
        writer.BeginLayer("l");

        var error = Assert.Throws<ArgumentException>(() => writer.AddFeature(TileShapes.Points((1, 1)), Properties(("price", 1.5m))));

        Assert.Contains("'price'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Decimal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_written_only_where_given()
    {
        var writer = new MvtWriter();
        writer.BeginLayer("l", 512);
        writer.AddFeature(TileShapes.Points((1, 1)), id: 0);
        writer.AddFeature(TileShapes.Points((1, 1)), id: ulong.MaxValue);
        writer.AddFeature(TileShapes.Points((1, 1)));
        Assert.Equal(3, writer.EndLayer());

        var layer = MvtDecoder.Decode(writer.WrittenSpan).Layers.Single();
        Assert.Equal([0UL, ulong.MaxValue, null], layer.Features.Select(f => f.Id));
        Assert.Equal((2u, 512u), (layer.Version, layer.Extent));
    }

    [Fact]
    public void Layers_without_features_are_left_out_and_an_empty_tile_has_no_bytes()
    {
        var writer = new MvtWriter();
        writer.BeginLayer("nothing");
        Assert.Equal(0, writer.EndLayer());

        Assert.Empty(writer.ToArray());
        Assert.Empty(MvtDecoder.Decode(writer.ToArray()).Layers);
    }

    [Fact]
    public void Several_layers_decode_in_order_and_a_repeated_name_is_refused()
    {
        var writer = new MvtWriter();
        foreach (var name in new[] { "parks", "rail_lines", "公园" })
        {
            writer.BeginLayer(name);
            writer.AddFeature(TileShapes.Points((1, 2)));
            writer.EndLayer();
        }

        Assert.Throws<InvalidOperationException>(() => writer.BeginLayer("parks"));
        Assert.Equal(["parks", "rail_lines", "公园"], MvtDecoder.Decode(writer.WrittenSpan).Layers.Select(l => l.Name));
    }

    [Fact]
    public void A_reset_writer_writes_the_same_bytes_again()
    {
        var writer = new MvtWriter();
        byte[] Write()
        {
            writer.BeginLayer("l");
            writer.AddFeature(TileShapes.Polygon([Square]), Properties(("k", "v")), 9);
            writer.EndLayer();
            return writer.ToArray();
        }

        var first = Write();
        writer.Reset();

        Assert.Equal(first, Write());
    }

    [Fact]
    public void Bytes_cannot_be_taken_while_a_layer_is_open()
    {
        var writer = new MvtWriter();
        writer.BeginLayer("l");

        Assert.Throws<InvalidOperationException>(() => writer.ToArray());
        Assert.Throws<InvalidOperationException>(() => writer.BeginLayer("m"));
    }

    [Fact]
    public void Large_features_round_trip_through_the_decoder()
    {
        var ring = Enumerable.Range(0, 5000)
            .Select(i => i * 2 * Math.PI / 5000)
            .Select(a => ((int)Math.Round(2048 + (2000 * Math.Cos(a))), (int)Math.Round(2048 + (2000 * Math.Sin(a)))))
            .ToArray();
        var geometry = TileShapes.Polygon([ring]);

        var decoded = Single(geometry).Geometry().Parts.Single();

        Assert.Equal(geometry.PointCount, decoded.Count);
        var part = geometry.Part(0).ToArray();
        Assert.Equal(part.Chunk(2).Select(p => new MvtPoint(p[0], p[1])).ToHashSet(), decoded.ToHashSet());
    }

    private static MvtFeature Single(TileGeometry geometry, IEnumerable<KeyValuePair<string, object?>>? properties = null)
    {
        var writer = new MvtWriter();
        writer.BeginLayer("test");
        writer.AddFeature(geometry, properties);
        writer.EndLayer();
        return MvtDecoder.Decode(writer.WrittenSpan).Layer("test").Features.Single();
    }

    private static KeyValuePair<string, object?>[] Properties(params (string Key, object? Value)[] pairs) =>
        [.. pairs.Select(p => KeyValuePair.Create(p.Key, p.Value))];
}
