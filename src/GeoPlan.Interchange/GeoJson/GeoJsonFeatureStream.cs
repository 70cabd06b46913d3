using System.Text.Json;

namespace GeoPlan.Interchange.GeoJson;

/// <summary>Walks a GeoJSON FeatureCollection in a stream one complete feature at a time, holding only a buffer of the file in memory.</summary>
/// <remarks>Malformed JSON anywhere in the file throws a <see cref="JsonException"/> that gives its line and byte position.</remarks>
public sealed class GeoJsonFeatureStream(Stream stream, int bufferSize = GeoJsonFeatureStream.DefaultBufferSize)
{
    /// <summary>How many bytes are read from the stream at a time; the buffer only grows past this for a feature that does not fit.</summary>
    // Small enough to stay off the large object heap, where every allocation brings a full garbage collection nearer.
    public const int DefaultBufferSize = 64 * 1024;

    private enum Phase
    {
        Start,
        Members,
        Features,
        End,
    }

    private byte[] _buffer = new byte[bufferSize];
    private int _start;
    private int _end;
    private bool _finalBlock;
    private JsonReaderState _state;
    private Phase _phase;
    private int _featureStart;
    private int _featureLength;
    private long _bufferOffset;

    /// <summary>False when the file was read to its end without finding a 'features' array.</summary>
    public bool HasFeatures { get; private set; }

    /// <summary>The CRS named by the collection's <c>crs</c> member (the 2008 GeoJSON convention), once read; null when there is none.</summary>
    public string? NamedCrs { get; private set; }

    /// <summary>True when the <c>crs</c> member came after the features, too late for the features already read.</summary>
    public bool CrsFollowsFeatures { get; private set; }

    /// <summary>The feature found by the last successful <see cref="MoveNext"/>: one complete JSON value.</summary>
    public ReadOnlySpan<byte> Current => _buffer.AsSpan(_featureStart, _featureLength);

    /// <summary>Where <see cref="Current"/> starts in the file, in bytes from its beginning.</summary>
    public long CurrentOffset => _bufferOffset + _featureStart;

    /// <summary>Finds the next feature; false at the end of the file, which has by then been checked to be well-formed JSON.</summary>
    public bool MoveNext()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _finalBlock, _state);
            var found = Advance(ref reader, out var featureStart, out var complete);
            if (found)
            {
                _featureStart = _start + (int)featureStart;
                _featureLength = (int)(reader.BytesConsumed - featureStart);
            }

            // Only whole tokens and whole values are consumed: an incomplete one is read again once more bytes have come.
            _state = reader.CurrentState;
            _start += (int)reader.BytesConsumed;
            if (found)
            {
                return true;
            }

            if (complete)
            {
                return false;
            }

            Refill();
        }
    }

    // Moves through the document until a feature is whole in the buffer (true), the document ends (complete), or more bytes are needed.
    private bool Advance(ref Utf8JsonReader reader, out long featureStart, out bool complete)
    {
        featureStart = 0;
        complete = false;
        while (true)
        {
            switch (_phase)
            {
                case Phase.Start:
                    if (!reader.Read())
                    {
                        return false;
                    }

                    _phase = reader.TokenType == JsonTokenType.StartObject ? Phase.Members : Phase.End;
                    break;
                case Phase.Members:
                    var member = reader;
                    if (!member.Read())
                    {
                        return false;
                    }

                    if (member.TokenType == JsonTokenType.EndObject)
                    {
                        reader = member;
                        _phase = Phase.End;
                        break;
                    }

                    var isFeatures = !HasFeatures && member.ValueTextEquals("features"u8);
                    var isCrs = member.ValueTextEquals("crs"u8);
                    var value = member;
                    if (!value.Read())
                    {
                        return false;
                    }

                    if (isFeatures && value.TokenType == JsonTokenType.StartArray)
                    {
                        HasFeatures = true;
                        _phase = Phase.Features;
                    }
                    else
                    {
                        var whole = value;
                        if (!value.TrySkip())
                        {
                            // TrySkip leaves the copy where it was; nothing is consumed until the value is whole.
                            return false;
                        }

                        if (isCrs)
                        {
                            NamedCrs = CrsMember.Read(whole);
                            CrsFollowsFeatures = HasFeatures;
                        }
                    }

                    reader = value;
                    break;
                case Phase.Features:
                    var next = reader;
                    if (!next.Read())
                    {
                        return false;
                    }

                    if (next.TokenType == JsonTokenType.EndArray)
                    {
                        reader = next;
                        _phase = Phase.Members;
                        break;
                    }

                    featureStart = next.TokenStartIndex;
                    if (!next.TrySkip())
                    {
                        return false;
                    }

                    reader = next;
                    return true;
                case Phase.End:
                    // Reading on to the end is what finds malformed JSON after the last feature.
                    if (reader.Read())
                    {
                        break;
                    }

                    complete = _finalBlock;
                    return false;
            }
        }
    }

    private void Refill()
    {
        if (_finalBlock)
        {
            // A final block the reader cannot finish is a truncated document; reading it as final makes the reader say where.
            throw new JsonException("the file ends in the middle of the JSON");
        }

        var pending = _end - _start;
        if (pending == _buffer.Length)
        {
            // One value is larger than the buffer: only then does the buffer grow, to hold it whole.
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }

        _bufferOffset += _start;
        _start = 0;
        _end = pending;
        while (_end < _buffer.Length)
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _finalBlock = true;
                break;
            }

            _end += read;
        }
    }
}
