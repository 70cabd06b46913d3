using GeoPlan.Core.Storage;

namespace GeoPlan.Cli.Commands;

/// <summary>A store a command opened, with its writer, and what to dispose when the command ends.</summary>
internal sealed record OpenedStore(IFeatureStore Store, IFeatureWriter Writer, IAsyncDisposable? Owner) : IAsyncDisposable
{
    /// <inheritdoc />
    public ValueTask DisposeAsync() => Owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
