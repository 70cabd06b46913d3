using System.Text.Json;
using GeoPlan.Core.Tiles;
using GeoPlan.Testing.Mvt;
using MvtValue = GeoPlan.Testing.Mvt.MvtValue;

namespace GeoPlan.Core.Tests.Tiles;

/// <summary>Holds the test decoder to the valid tiles of @mapbox/mvt-fixtures, so encoder tests that lean on it mean something.</summary>
public sealed class MvtFixtureTests
{
    // Valid protobuf whose command stream cannot be followed: a MoveTo counting 536870911 points with one given.
    private static readonly HashSet<string> UnfollowableGeometry = ["057"];

    [SkippableFact]
    public void Every_valid_v2_fixture_decodes_to_its_json()
    {
        var valid = MvtFixture.All().Where(f => f.ValidV2).ToList();
        var failures = new List<string>();

        foreach (var fixture in valid)
        {
            try
            {
                var tile = MvtDecoder.Decode(fixture.Tile);
                failures.AddRange(Compare(fixture.Expected, tile).Select(d => $"{fixture.Id} ({fixture.Description}): {d}"));
            }
            catch (FormatException e)
            {
                failures.Add($"{fixture.Id} ({fixture.Description}): {e.Message}");
            }
        }

        Assert.True(valid.Count >= 40, $"only {valid.Count} valid fixtures were found");
        Assert.Empty(failures);
    }

    [SkippableFact]
    public void Every_valid_v2_fixture_geometry_follows_the_command_rules()
    {
        var failures = new List<string>();
        var decoded = 0;
        foreach (var fixture in MvtFixture.All().Where(f => f.ValidV2 && !UnfollowableGeometry.Contains(f.Id)))
        {
            foreach (var feature in MvtDecoder.Decode(fixture.Tile).Layers.SelectMany(l => l.Features))
            {
                if (feature.Type == MvtGeometryType.Unknown)
                {
                    continue;
                }

                try
                {
                    var geometry = feature.Geometry();
                    if (geometry.Type == MvtGeometryType.Polygon)
                    {
                        geometry.Polygons();
                    }

                    decoded++;
                }
                catch (FormatException e)
                {
                    failures.Add($"{fixture.Id}: {e.Message}");
                }
            }
        }

        Assert.Empty(failures);
        Assert.True(decoded >= 50, $"only {decoded} geometries were decoded");
    }

    [SkippableFact]
    public void Fixture_geometries_decode_to_the_specification_examples()
    {
        var fixtures = MvtFixture.All().ToDictionary(f => f.Id);
        MvtGeometry Geometry(string id) => MvtDecoder.Decode(fixtures[id].Tile).Layers[0].Features[0].Geometry();

        Assert.Equal([new MvtPoint(25, 17)], Geometry("017").Parts.Single());
        Assert.Equal([new MvtPoint(5, 7), new MvtPoint(3, 2)], Geometry("020").Parts.Single());
        Assert.Equal([new MvtPoint(2, 2), new MvtPoint(2, 10), new MvtPoint(10, 10)], Geometry("018").Parts.Single());
        Assert.Equal([new MvtPoint(3, 6), new MvtPoint(8, 12), new MvtPoint(20, 34)], Geometry("019").Parts.Single());
        var multipolygon = Geometry("022").Polygons();
        Assert.Equal([1, 2], multipolygon.Select(p => p.Count));
        Assert.Equal(new MvtPoint(13, 13), multipolygon[1][1][0]);
        Assert.Equal(new MvtPoint(2147483648, 1), Geometry("049").Parts.Single()[1]);
        Assert.Equal(
            [new MvtPoint(0, 0), new MvtPoint(4096, 0), new MvtPoint(4096, 4096), new MvtPoint(0, 4096)],
            Geometry("053").Parts.Single());
    }

    [SkippableFact]
    public void A_gigantic_command_count_is_refused_without_allocating_for_it()
    {
        var fixture = MvtFixture.All().Single(f => f.Id == "057");
        var feature = MvtDecoder.Decode(fixture.Tile).Layers[0].Features[0];

        var error = Assert.Throws<FormatException>(() => feature.Geometry());

        Assert.Contains("536870911", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Fatally_invalid_fixtures_are_refused_by_the_decoder()
    {
        // Each breaks a MUST of the specification that a decoder can see: wrong wire types, a missing name or version,
        // an unknown version, tags beyond the tables.
        string[] fatal = ["007", "008", "010", "012", "013", "014", "023", "024", "040", "042"];
        var fixtures = MvtFixture.All().Where(f => fatal.Contains(f.Id)).ToList();

        Assert.Equal(fatal.Length, fixtures.Count);
        Assert.All(fixtures, f => Assert.Throws<FormatException>(() => MvtDecoder.Decode(f.Tile)));
    }

    [SkippableFact]
    public void Fixtures_with_broken_geometry_are_refused_by_the_geometry_decoder()
    {
        // A ClosePath first, half a coordinate pair, ClosePath counts of 2 and 0, too few points, a LineTo counting
        // more points than follow, a zero-length LineTo, and no geometry at all.
        string[] broken = ["044", "045", "047", "048", "052", "058", "046", "004"];
        var features = MvtFixture.All().Where(f => broken.Contains(f.Id))
            .Select(f => (f.Id, Feature: MvtDecoder.Decode(f.Tile).Layers[0].Features[0]))
            .ToList();

        Assert.Equal(broken.Length, features.Count);
        Assert.All(features, f => Assert.Throws<FormatException>(() => f.Feature.Geometry()));
    }

    [SkippableFact]
    public void The_writer_reproduces_the_content_of_the_point_line_and_polygon_fixtures()
    {
        var fixtures = MvtFixture.All().ToDictionary(f => f.Id);
        (string Id, TileGeometry Geometry)[] cases =
        [
            ("017", TileShapes.Points((25, 17))),
            ("018", TileShapes.Lines([(2, 2), (2, 10), (10, 10)])),
            ("019", TileShapes.Polygon([[(3, 6), (8, 12), (20, 34)]])),
            ("020", TileShapes.Points((5, 7), (3, 2))),
            ("021", TileShapes.Lines([(2, 2), (2, 10), (10, 10)], [(1, 1), (3, 5)])),
        ];

        foreach (var (id, geometry) in cases)
        {
            var writer = new MvtWriter();
            writer.BeginLayer("hello");
            writer.AddFeature(geometry, [KeyValuePair.Create<string, object?>("hello", "world")], 1);
            writer.EndLayer();

            Assert.Equal([], Compare(fixtures[id].Expected, MvtDecoder.Decode(writer.WrittenSpan)));
        }
    }

    private static List<string> Compare(JsonElement expected, MvtTile tile)
    {
        var differences = new List<string>();
        void Check<T>(T wanted, T actual, string what)
        {
            if (!EqualityComparer<T>.Default.Equals(wanted, actual))
            {
                differences.Add($"{what}: expected {wanted}, decoded {actual}");
            }
        }

        var layers = expected.TryGetProperty("layers", out var l) ? [.. l.EnumerateArray()] : new List<JsonElement>();
        Check(layers.Count, tile.Layers.Count, "layer count");
        foreach (var (json, layer) in layers.Zip(tile.Layers))
        {
            var name = json.GetProperty("name").GetString()!;
            Check(name, layer.Name, "layer name");
            Check(json.GetProperty("version").GetUInt32(), layer.Version, $"{name} version");
            Check(json.TryGetProperty("extent", out var extent) ? extent.GetUInt32() : 4096u, layer.Extent, $"{name} extent");
            Check(string.Join('|', Array(json, "keys").Select(k => k.GetString())), string.Join('|', layer.Keys), $"{name} keys");
            var values = Array(json, "values");
            Check(values.Count, layer.Values.Count, $"{name} value count");
            foreach (var (value, decoded) in values.Zip(layer.Values))
            {
                Check(ExpectedValue(value), decoded, $"{name} value");
            }

            var features = Array(json, "features");
            Check(features.Count, layer.Features.Count, $"{name} feature count");
            foreach (var (feature, decoded) in features.Zip(layer.Features))
            {
                Check(feature.TryGetProperty("id", out var id) ? id.GetUInt64() : (ulong?)null, decoded.Id, $"{name} feature id");
                Check(feature.TryGetProperty("type", out var type) ? type.GetInt32() : 0, (int)decoded.Type, $"{name} feature type");
                Check(string.Join(',', Array(feature, "tags").Select(t => t.GetUInt32())), string.Join(',', decoded.Tags), $"{name} tags");
                var commands = string.Join(',', Array(feature, "geometry").Select(t => t.GetUInt32()));
                Check(commands, string.Join(',', decoded.Commands), $"{name} geometry");
            }
        }

        return differences;
    }

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? [.. array.EnumerateArray()] : [];

    private static MvtValue ExpectedValue(JsonElement value)
    {
        var field = value.EnumerateObject().Single();
        return field.Name switch
        {
            // Fixture 076 writes a string value as a JSON number; the tile holds its digits.
            "string_value" => new MvtValue(
                MvtValueType.String,
                field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()! : field.Value.GetRawText()),
            "float_value" => new MvtValue(MvtValueType.Float, field.Value.GetSingle()),
            "double_value" => new MvtValue(MvtValueType.Double, field.Value.GetDouble()),
            "int_value" => new MvtValue(MvtValueType.Int, field.Value.GetInt64()),
            "uint_value" => new MvtValue(MvtValueType.UInt, field.Value.GetUInt64()),
            "sint_value" => new MvtValue(MvtValueType.SInt, field.Value.GetInt64()),
            "bool_value" => new MvtValue(MvtValueType.Bool, field.Value.GetBoolean()),
            _ => throw new InvalidDataException($"fixture value type {field.Name}"),
        };
    }
}
