using System.Threading.Channels;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Interchange.Reading;

namespace GeoPlan.Interchange.Import;

/// <summary>Imports a file into a collection of a store: all of its features, checked, repaired and in WGS 84 — or none.</summary>
/// <remarks>
/// The file is read as it streams while a second thread writes, so memory does not grow with the file. A collection that learns its fields
/// from the file takes them from the first <see cref="SampleSize"/> features; a later feature needing another field or a wider type ends
/// that write (the store rolls it back) and the file is written again with the fields every feature fits.
/// </remarks>
public sealed class FeatureImporter(IFeatureStore store, IFeatureWriter? writer)
{
    /// <summary>How many features are read before writing to learn a new collection's fields.</summary>
    public const int SampleSize = 1000;

    // Features in flight between the reading and the writing thread.
    private const int Pipeline = 4096;

    /// <summary>Imports as <paramref name="request"/> says and reports what happened; a file with any problem leaves the store untouched.</summary>
    public async Task<ImportReport> ImportAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (writer is null && !request.DryRun)
        {
            throw new InvalidOperationException("this store cannot be written to; only a dry run is possible");
        }

        var existing = await store.GetLayerAsync(request.Collection, cancellationToken);
        var action = existing is null ? ImportAction.Create : request.Mode == ImportMode.Append ? ImportAction.Append : ImportAction.Replace;
        var schema = existing is null ? ImportSchema.New() : request.Mode == ImportMode.Append ? ImportSchema.Of(existing) : ImportSchema.Replacing(existing);
        IFeatureSource source;
        try
        {
            source = FeatureSources.Open(request.Path, request.SourceOptions);
        }
        catch (SourceFormatException e)
        {
            return new ImportReport
            {
                Collection = request.Collection,
                Format = "unknown",
                Action = action,
                DryRun = request.DryRun,
                Problems = [new ImportNote(e.Position, e.Problem)],
                ProblemCount = 1
            };
        }

        using (source)
        {
            var sample = new ImportRun(request, source, schema);
            if (Refusal(request, existing) is { } refusal)
            {
                sample.AddProblem(refusal);
                return sample.Report(action, existing, written: false);
            }

            // Problems of single features are left for the writing pass, which finds them all; only a file that cannot be read ends here.
            sample.Sample(SampleSize, cancellationToken);
            if (sample.Unreadable)
            {
                return sample.Report(action, existing, written: false);
            }
        }

        for (var pass = 1; ; pass++)
        {
            using var file = FeatureSources.Open(request.Path, request.SourceOptions);
            var run = new ImportRun(request, file, schema);
            var written = await PassAsync(run, request, existing, pass, progress, cancellationToken);
            if (run.Failed || !run.Widened)
            {
                return run.Report(action, existing, written: !request.DryRun) with { FeaturesWritten = run.Failed ? 0 : written };
            }
        }
    }

    private static string? Refusal(ImportRequest request, LayerInfo? existing)
    {
        if (CollectionWrite.IdProblem(request.Collection) is { } problem)
        {
            return problem;
        }

        return (existing, request.Mode) switch
        {
            (not null, null) => $"the collection '{request.Collection}' exists; say whether to replace its features or append to them",
            (null, ImportMode.Append) => $"there is no collection '{request.Collection}' to append to; import without appending to create it",
            _ => null,
        };
    }

    // One pass: a thread reads and converts the file into a channel the store writes from; how many features the store took.
    private async Task<long> PassAsync(
        ImportRun run, ImportRequest request, LayerInfo? existing, int pass, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<PlanFeature>(new BoundedChannelOptions(Pipeline) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => run.Write(channel.Writer, pass, progress, stop.Token), CancellationToken.None);
        try
        {
            var written = await WriteAsync(run, request, existing, channel.Reader, stop.Token);
            await reading;
            return written;
        }
        catch (ImportStoppedException)
        {
            await reading;
            return 0;
        }
        catch (Exception e) when (e is DuplicateFeatureIdException or InvalidOperationException)
        {
            // The store's own refusals: an id another collection holds, a collection whose fields differ from an append, a feature a plan
            // task names left out of a replace.
            await StopAsync(stop, reading);
            run.AddProblem(e.Message);
            return 0;
        }
        catch
        {
            await StopAsync(stop, reading);
            throw;
        }
    }

    private async Task<long> WriteAsync(ImportRun run, ImportRequest request, LayerInfo? existing, ChannelReader<PlanFeature> features, CancellationToken ct)
    {
        if (request.DryRun)
        {
            return await new DryRunCheck(store, request.Collection, replacing: existing is not null && request.Mode == ImportMode.Replace)
                .CountAsync(features, run, ct);
        }

        return request.Editor is { } editor
            ? await writer!.WriteLayerAsync(run.Layer(existing), request.Mode ?? ImportMode.Replace, features.ReadAllAsync(ct), editor, ct)
            : await writer!.WriteLayerAsync(run.Layer(existing), request.Mode ?? ImportMode.Replace, features.ReadAllAsync(ct), ct);
    }

    // Stops the reading thread after the store gave up, and waits for it, whatever it ended with.
    private static async Task StopAsync(CancellationTokenSource stop, Task reading)
    {
        await stop.CancelAsync();
        try
        {
            await reading;
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
        }
    }
}
