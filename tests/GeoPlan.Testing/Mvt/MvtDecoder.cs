namespace GeoPlan.Testing.Mvt;

/// <summary>Decodes Mapbox Vector Tiles (spec 2.1), written from the specification alone; refuses what the specification forbids.</summary>
public static class MvtDecoder
{
    /// <summary>Decodes a whole tile; a <see cref="FormatException"/> names the first thing that is wrong.</summary>
    public static MvtTile Decode(ReadOnlySpan<byte> bytes)
    {
        var layers = new List<MvtLayer>();
        var reader = new ProtobufReader(bytes);
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadKey();
            if (field == 3)
            {
                ProtobufReader.Expect(wireType, ProtobufReader.LengthDelimited, "a layer");
                var layer = Layer(reader.ReadLengthDelimited());
                if (layers.Any(l => l.Name == layer.Name))
                {
                    throw new FormatException($"two layers are named '{layer.Name}'");
                }

                layers.Add(layer);
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return new MvtTile(layers);
    }

    private static MvtLayer Layer(ReadOnlySpan<byte> bytes)
    {
        uint? version = null;
        string? name = null;
        uint extent = 4096;
        var keys = new List<string>();
        var values = new List<MvtValue>();
        var features = new List<(ulong? Id, List<uint> Tags, MvtGeometryType Type, List<uint> Commands)>();
        var reader = new ProtobufReader(bytes);
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadKey();
            switch (field)
            {
                case 15:
                    ProtobufReader.Expect(wireType, ProtobufReader.Varint, "the layer version");
                    version = (uint)reader.ReadVarint();
                    break;
                case 1:
                    ProtobufReader.Expect(wireType, ProtobufReader.LengthDelimited, "the layer name");
                    name = reader.ReadString();
                    break;
                case 2:
                    ProtobufReader.Expect(wireType, ProtobufReader.LengthDelimited, "a feature");
                    features.Add(Feature(reader.ReadLengthDelimited()));
                    break;
                case 3:
                    ProtobufReader.Expect(wireType, ProtobufReader.LengthDelimited, "a key");
                    keys.Add(reader.ReadString());
                    break;
                case 4:
                    ProtobufReader.Expect(wireType, ProtobufReader.LengthDelimited, "a value");
                    values.Add(Value(reader.ReadLengthDelimited()));
                    break;
                case 5:
                    ProtobufReader.Expect(wireType, ProtobufReader.Varint, "the extent");
                    extent = (uint)reader.ReadVarint();
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        if (name is null)
        {
            throw new FormatException("a layer without a name");
        }

        if (version is not (1 or 2))
        {
            throw new FormatException($"layer '{name}' has version {version?.ToString() ?? "(none)"}; 1 and 2 are defined");
        }

        var decoded = features.Select(f => new MvtFeature(f.Id, f.Tags, f.Type, f.Commands, Properties(name, f.Tags, keys, values)));
        return new MvtLayer(version.Value, name, extent, keys, values, [.. decoded]);
    }

    private static (ulong? Id, List<uint> Tags, MvtGeometryType Type, List<uint> Commands) Feature(ReadOnlySpan<byte> bytes)
    {
        ulong? id = null;
        var tags = new List<uint>();
        var type = MvtGeometryType.Unknown;
        var commands = new List<uint>();
        var reader = new ProtobufReader(bytes);
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadKey();
            switch (field)
            {
                case 1:
                    ProtobufReader.Expect(wireType, ProtobufReader.Varint, "the feature id");
                    id = reader.ReadVarint();
                    break;
                case 2:
                    reader.ReadUInt32s(wireType, tags);
                    break;
                case 3:
                    ProtobufReader.Expect(wireType, ProtobufReader.Varint, "the geometry type");
                    var number = reader.ReadVarint();
                    type = number <= 3 ? (MvtGeometryType)number : throw new FormatException($"geometry type {number} is not defined");
                    break;
                case 4:
                    reader.ReadUInt32s(wireType, commands);
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return (id, tags, type, commands);
    }

    private static MvtValue Value(ReadOnlySpan<byte> bytes)
    {
        MvtValue? value = null;
        var reader = new ProtobufReader(bytes);
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadKey();
            MvtValue? read = field switch
            {
                1 => Read(wireType, ProtobufReader.LengthDelimited, MvtValueType.String, ref reader),
                2 => Read(wireType, ProtobufReader.Fixed32, MvtValueType.Float, ref reader),
                3 => Read(wireType, ProtobufReader.Fixed64, MvtValueType.Double, ref reader),
                4 => Read(wireType, ProtobufReader.Varint, MvtValueType.Int, ref reader),
                5 => Read(wireType, ProtobufReader.Varint, MvtValueType.UInt, ref reader),
                6 => Read(wireType, ProtobufReader.Varint, MvtValueType.SInt, ref reader),
                7 => Read(wireType, ProtobufReader.Varint, MvtValueType.Bool, ref reader),
                _ => null,
            };
            if (read is null)
            {
                reader.Skip(wireType);
            }
            else if (value is not null)
            {
                throw new FormatException($"a value holds both a {value.Type} and a {read.Type}");
            }
            else
            {
                value = read;
            }
        }

        return value ?? throw new FormatException("a value holds none of the defined types");
    }

    private static MvtValue Read(int wireType, int expected, MvtValueType type, ref ProtobufReader reader)
    {
        ProtobufReader.Expect(wireType, expected, $"a {type} value");
        object value = type switch
        {
            MvtValueType.String => reader.ReadString(),
            MvtValueType.Float => reader.ReadFixed32(),
            MvtValueType.Double => reader.ReadFixed64(),
            MvtValueType.Int => (long)reader.ReadVarint(),
            MvtValueType.UInt => reader.ReadVarint(),
            MvtValueType.SInt => Zigzag(reader.ReadVarint()),
            _ => reader.ReadVarint() != 0,
        };
        return new MvtValue(type, value);
    }

    private static Dictionary<string, MvtValue> Properties(string layer, List<uint> tags, List<string> keys, List<MvtValue> values)
    {
        if (tags.Count % 2 != 0)
        {
            throw new FormatException($"a feature of layer '{layer}' has an odd number of tags");
        }

        var properties = new Dictionary<string, MvtValue>(StringComparer.Ordinal);
        for (var i = 0; i < tags.Count; i += 2)
        {
            if (tags[i] >= keys.Count || tags[i + 1] >= values.Count)
            {
                throw new FormatException($"a feature of layer '{layer}' refers to key {tags[i]} or value {tags[i + 1]}, past the tables");
            }

            if (!properties.TryAdd(keys[(int)tags[i]], values[(int)tags[i + 1]]))
            {
                throw new FormatException($"a feature of layer '{layer}' repeats key '{keys[(int)tags[i]]}'");
            }
        }

        return properties;
    }

    private static long Zigzag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
