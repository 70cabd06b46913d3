namespace GeoPlan.Interchange.Reading;

/// <summary>A stream read forward only that counts the bytes read, for progress where the stream has no position (zip entries).</summary>
internal sealed class CountingStream(Stream inner, long length) : Stream
{
    private long _position;

    /// <summary>The share of the stream read so far, from 0 to 1.</summary>
    public double Progress => length == 0 ? 1 : Math.Min(1, (double)_position / length);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException("this stream is read from start to end");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("this stream is read from start to end");

    public override void SetLength(long value) => throw new NotSupportedException("this stream is read-only");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("this stream is read-only");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
