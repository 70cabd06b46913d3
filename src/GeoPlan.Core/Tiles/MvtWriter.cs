using System.Text;

using GeoPlan.Core.Protobuf;

namespace GeoPlan.Core.Tiles;

/// <summary>Writes a Mapbox Vector Tile (spec 2.1) layer by layer, sharing keys and values per layer; reusable, not thread-safe.</summary>
public sealed class MvtWriter
{
    private const int LayersField = 3;
    private const int NameField = 1;
    private const int FeaturesField = 2;
    private const int KeysField = 3;
    private const int ValuesField = 4;
    private const int ExtentField = 5;
    private const int VersionField = 15;
    private const int IdField = 1;
    private const int TagsField = 2;
    private const int TypeField = 3;
    private const int GeometryField = 4;
    private const uint MoveTo = 1;
    private const uint LineTo = 2;
    private const uint ClosePath = 7;
    private const int MaxCommandCount = (1 << 29) - 1;

    private readonly ProtobufBuffer _tile = new();
    private readonly ProtobufBuffer _layer = new();
    private readonly HashSet<string> _layerNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _keyIndex = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly Dictionary<MvtValue, int> _valueIndex = [];
    private readonly List<MvtValue> _values = [];
    private uint[] _tags = new uint[64];
    private int _tagCount;
    private uint[] _commands = new uint[1024];
    private int _commandCount;
    private string? _layerName;
    private int _extent;
    private int _featureCount;

    /// <summary>The number of bytes written for finished layers.</summary>
    public int Length => _tile.Length;

    /// <summary>The tile as written so far: every finished layer.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _layerName is null ? _tile.WrittenSpan : throw LayerOpen();

    /// <summary>Starts a layer; its name must be new to this tile.</summary>
    public void BeginLayer(string name, int extent = 4096)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(extent);
        if (_layerName is not null)
        {
            throw LayerOpen();
        }

        if (!_layerNames.Add(name))
        {
            throw new InvalidOperationException($"the tile already has a layer named '{name}'");
        }

        _layerName = name;
        _extent = extent;
        _featureCount = 0;
        _keyIndex.Clear();
        _keys.Clear();
        _valueIndex.Clear();
        _values.Clear();
        _layer.Clear();

        // The specification asks for the version first, so decoders can check it before reading anything else.
        _layer.WriteKey(VersionField, ProtobufWireType.Varint);
        _layer.WriteVarint(2);
        _layer.WriteKey(NameField, ProtobufWireType.LengthDelimited);
        _layer.WriteString(name, Encoding.UTF8.GetByteCount(name));
    }

    /// <summary>Adds a feature to the open layer; null properties are left out and a repeated key keeps its first value.</summary>
    public void AddFeature(TileGeometry geometry, IEnumerable<KeyValuePair<string, object?>>? properties = null, ulong? id = null)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (_layerName is null)
        {
            throw new InvalidOperationException("call BeginLayer before AddFeature");
        }

        _tagCount = 0;
        if (properties is not null)
        {
            foreach (var (key, value) in properties)
            {
                AddTag(key, value);
            }
        }

        EncodeGeometry(geometry);
        var tagBytes = VarintsSize(_tags.AsSpan(0, _tagCount));
        var geometryBytes = VarintsSize(_commands.AsSpan(0, _commandCount));
        var size = 2 + 1 + ProtobufBuffer.VarintSize((ulong)geometryBytes) + geometryBytes;
        if (id is { } idValue)
        {
            size += 1 + ProtobufBuffer.VarintSize(idValue);
        }

        if (_tagCount > 0)
        {
            size += 1 + ProtobufBuffer.VarintSize((ulong)tagBytes) + tagBytes;
        }

        _layer.WriteKey(FeaturesField, ProtobufWireType.LengthDelimited);
        _layer.WriteVarint((ulong)size);
        if (id is { } written)
        {
            _layer.WriteKey(IdField, ProtobufWireType.Varint);
            _layer.WriteVarint(written);
        }

        if (_tagCount > 0)
        {
            _layer.WriteKey(TagsField, ProtobufWireType.LengthDelimited);
            WritePacked(_tags.AsSpan(0, _tagCount), tagBytes);
        }

        _layer.WriteKey(TypeField, ProtobufWireType.Varint);
        _layer.WriteVarint((ulong)geometry.Type);
        _layer.WriteKey(GeometryField, ProtobufWireType.LengthDelimited);
        WritePacked(_commands.AsSpan(0, _commandCount), geometryBytes);
        _featureCount++;
    }

    /// <summary>Finishes the open layer and returns its feature count; a layer without features is left out of the tile.</summary>
    public int EndLayer()
    {
        if (_layerName is null)
        {
            throw new InvalidOperationException("no layer is open");
        }

        var count = _featureCount;
        if (count > 0)
        {
            WriteKeysAndValues();
            _layer.WriteKey(ExtentField, ProtobufWireType.Varint);
            _layer.WriteVarint((ulong)_extent);
            _tile.WriteKey(LayersField, ProtobufWireType.LengthDelimited);
            _tile.WriteVarint((ulong)_layer.Length);
            _tile.WriteBytes(_layer.WrittenSpan);
        }

        _layerName = null;
        return count;
    }

    /// <summary>A copy of the tile: every finished layer; empty when no layer had features.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Empties the writer for the next tile, keeping its buffers.</summary>
    public void Reset()
    {
        _tile.Clear();
        _layer.Clear();
        _layerNames.Clear();
        _layerName = null;
    }

    private void AddTag(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (value is null)
        {
            return;
        }

        var tagValue = MvtValue.From(key, value);
        if (!_keyIndex.TryGetValue(key, out var keyIndex))
        {
            keyIndex = _keys.Count;
            _keyIndex.Add(key, keyIndex);
            _keys.Add(key);
        }

        for (var i = 0; i < _tagCount; i += 2)
        {
            if (_tags[i] == (uint)keyIndex)
            {
                return;
            }
        }

        if (!_valueIndex.TryGetValue(tagValue, out var valueIndex))
        {
            valueIndex = _values.Count;
            _valueIndex.Add(tagValue, valueIndex);
            _values.Add(tagValue);
        }

        if (_tagCount + 2 > _tags.Length)
        {
            Array.Resize(ref _tags, _tags.Length * 2);
        }

        _tags[_tagCount++] = (uint)keyIndex;
        _tags[_tagCount++] = (uint)valueIndex;
    }

    private void EncodeGeometry(TileGeometry geometry)
    {
        _commandCount = 0;
        var needed = (geometry.PointCount * 2) + (geometry.PartCount * 3) + 1;
        if (needed > _commands.Length)
        {
            Array.Resize(ref _commands, Math.Max(needed, _commands.Length * 2));
        }

        int cx = 0, cy = 0;
        for (var part = 0; part < geometry.PartCount; part++)
        {
            var xy = geometry.Part(part);
            var points = xy.Length / 2;
            if (geometry.Type == TileGeometryType.Point)
            {
                Command(MoveTo, points);
                for (var i = 0; i < xy.Length; i += 2)
                {
                    Point(xy[i], xy[i + 1], ref cx, ref cy);
                }

                continue;
            }

            // Exterior rings must have a positive surveyor's area in tile coordinates, interior rings a negative
            // one; a ring given the other way round is walked backwards from the same first point.
            var backwards = geometry.Type == TileGeometryType.Polygon &&
                            TileGeometry.DoubleSignedArea(xy) > 0 != geometry.IsExteriorRing(part);
            Command(MoveTo, 1);
            Point(xy[0], xy[1], ref cx, ref cy);
            Command(LineTo, points - 1);
            for (var k = 1; k < points; k++)
            {
                var i = 2 * (backwards ? points - k : k);
                Point(xy[i], xy[i + 1], ref cx, ref cy);
            }

            if (geometry.Type == TileGeometryType.Polygon)
            {
                Command(ClosePath, 1);
            }
        }
    }

    private void Command(uint command, int count)
    {
        if (count > MaxCommandCount)
        {
            throw new ArgumentException($"a part of {count} points is more than a vector tile command can hold");
        }

        _commands[_commandCount++] = command | ((uint)count << 3);
    }

    private void Point(int x, int y, ref int cx, ref int cy)
    {
        var dx = x - cx;
        var dy = y - cy;
        _commands[_commandCount++] = (uint)((dx << 1) ^ (dx >> 31));
        _commands[_commandCount++] = (uint)((dy << 1) ^ (dy >> 31));
        (cx, cy) = (x, y);
    }

    private void WriteKeysAndValues()
    {
        foreach (var key in _keys)
        {
            _layer.WriteKey(KeysField, ProtobufWireType.LengthDelimited);
            _layer.WriteString(key, Encoding.UTF8.GetByteCount(key));
        }

        foreach (var value in _values)
        {
            _layer.WriteKey(ValuesField, ProtobufWireType.LengthDelimited);
            switch (value.Field)
            {
                case MvtValue.StringField:
                    var length = Encoding.UTF8.GetByteCount(value.Text!);
                    _layer.WriteVarint((ulong)(1 + ProtobufBuffer.VarintSize((ulong)length) + length));
                    _layer.WriteKey(MvtValue.StringField, ProtobufWireType.LengthDelimited);
                    _layer.WriteString(value.Text!, length);
                    break;
                case MvtValue.DoubleField:
                    _layer.WriteVarint(9);
                    _layer.WriteKey(MvtValue.DoubleField, ProtobufWireType.Fixed64);
                    _layer.WriteDouble(BitConverter.UInt64BitsToDouble(value.Bits));
                    break;
                default:
                    _layer.WriteVarint((ulong)(1 + ProtobufBuffer.VarintSize(value.Bits)));
                    _layer.WriteKey(value.Field, ProtobufWireType.Varint);
                    _layer.WriteVarint(value.Bits);
                    break;
            }
        }
    }

    private void WritePacked(ReadOnlySpan<uint> values, int size)
    {
        _layer.WriteVarint((ulong)size);
        foreach (var value in values)
        {
            _layer.WriteVarint(value);
        }
    }

    private static int VarintsSize(ReadOnlySpan<uint> values)
    {
        var size = 0;
        foreach (var value in values)
        {
            size += ProtobufBuffer.VarintSize(value);
        }

        return size;
    }

    private static InvalidOperationException LayerOpen() => new("a layer is still open; call EndLayer first");
}
