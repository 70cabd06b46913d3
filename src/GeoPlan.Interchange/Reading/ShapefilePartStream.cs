namespace GeoPlan.Interchange.Reading;

/// <summary>
/// One file of a Shapefile (.shp or .dbf) as the Esri reader needs it: read forward from a file or a zip entry without extracting it,
/// its header readable twice, and every read filled completely or failing with <see cref="EndOfStreamException"/> where the file
/// is cut short.
/// </summary>
/// <remarks>
/// The reader reads the .shp header's shape type and then rewinds to the start; it never goes back further, so only the header is kept.
/// It also takes what a read returns as complete, which holds for neither a truncated file nor a zip entry; this stream makes it hold.
/// </remarks>
internal sealed class ShapefilePartStream : Stream
{
    private const int HeaderLength = 100;
    private readonly Stream _inner;
    private readonly byte[] _header = new byte[HeaderLength];
    private readonly int _headerRead;
    private long _innerPosition;
    private long _position;

    /// <summary>Reads the header of <paramref name="inner"/>, whose full length is <paramref name="length"/> bytes.</summary>
    public ShapefilePartStream(Stream inner, long length)
    {
        _inner = inner;
        Length = length;
        _headerRead = inner.ReadAtLeast(_header, HeaderLength, throwOnEndOfStream: false);
        _innerPosition = _headerRead;
    }

    /// <summary>The first bytes of the file (up to 100), to peek at header fields before a reader opens it.</summary>
    public ReadOnlySpan<byte> Header => _header.AsSpan(0, _headerRead);

    /// <summary>The share of the file read so far, from 0 to 1.</summary>
    public double Progress => Length == 0 ? 1 : Math.Min(1, (double)_position / Length);

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var filled = 0;
        if (_position < _headerRead)
        {
            filled = (int)Math.Min(buffer.Length, _headerRead - _position);
            _header.AsSpan((int)_position, filled).CopyTo(buffer);
            _position += filled;
        }

        if (filled < buffer.Length)
        {
            var read = _inner.ReadAtLeast(buffer[filled..], buffer.Length - filled, throwOnEndOfStream: false);
            _innerPosition += read;
            _position += read;
            filled += read;
        }

        if (filled < buffer.Length)
        {
            throw new EndOfStreamException($"the file ends at byte {_position} where {buffer.Length - filled} more bytes were expected");
        }

        return filled;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => Length + offset,
        };
        if (target <= _headerRead && _innerPosition == _headerRead)
        {
            _position = target;
        }
        else if (target >= _position)
        {
            Skip(target - _position);
        }
        else
        {
            throw new NotSupportedException($"cannot go back from byte {_position} to byte {target}: the file is read forward only");
        }

        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException("this stream is read-only");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("this stream is read-only");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Skip(long count)
    {
        Span<byte> discard = stackalloc byte[512];
        while (count > 0)
        {
            var chunk = (int)Math.Min(count, discard.Length);
            _ = Read(discard[..chunk]);
            count -= chunk;
        }
    }
}
