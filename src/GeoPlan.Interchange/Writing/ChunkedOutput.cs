namespace GeoPlan.Interchange.Writing;

/// <summary>Collects what a text writer produces in memory and passes it on to the output asynchronously, a chunk at a time.</summary>
/// <remarks>Formatters write synchronously; an HTTP response body takes only asynchronous writes. A chunk bounds the memory.</remarks>
internal sealed class ChunkedOutput(Stream output) : IAsyncDisposable
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Where formatters write.</summary>
    public MemoryStream Buffer { get; } = new();

    /// <summary>Passes the buffer on once it holds a chunk.</summary>
    public ValueTask FlushIfFullAsync(CancellationToken cancellationToken) =>
        Buffer.Length >= ChunkBytes ? FlushAsync(cancellationToken) : ValueTask.CompletedTask;

    /// <summary>Passes on whatever the buffer holds.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (Buffer.Length > 0)
        {
            await output.WriteAsync(Buffer.GetBuffer().AsMemory(0, (int)Buffer.Length), cancellationToken);
            Buffer.SetLength(0);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Buffer.DisposeAsync();
}
