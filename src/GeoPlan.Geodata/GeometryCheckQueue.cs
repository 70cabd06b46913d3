using System.Collections.Concurrent;
using GeoPlan.Core.Model;

namespace GeoPlan.Geodata;

/// <summary>Checks geometries on a thread of its own while later features are still being read; a bounded queue keeps memory flat.</summary>
internal sealed class GeometryCheckQueue : IDisposable
{
    // Features cross to the checking thread in batches: a hand-over per feature would cost more in locking than many checks.
    private const int BatchSize = 256;
    private const int Batches = 8;

    private readonly BlockingCollection<List<(PlanFeature Feature, string File)>> _queue = new(Batches);
    private readonly List<GeodataProblem> _problems = [];
    private readonly Task _worker;
    private List<(PlanFeature Feature, string File)> _batch = new(BatchSize);

    public GeometryCheckQueue() =>
        _worker = Task.Factory.StartNew(Check, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Queues a feature's geometry to be checked, waiting while the queue is full.</summary>
    public void Add(PlanFeature feature, string file)
    {
        _batch.Add((feature, file));
        if (_batch.Count == BatchSize)
        {
            _queue.Add(_batch);
            _batch = new(BatchSize);
        }
    }

    /// <summary>Every problem found, once every queued geometry has been checked.</summary>
    public async Task<IReadOnlyList<GeodataProblem>> CompleteAsync()
    {
        _queue.Add(_batch);
        _queue.CompleteAdding();
        await _worker.ConfigureAwait(false);
        return _problems;
    }

    /// <summary>Stops taking geometries and waits for the few still queued.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _worker.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        _queue.Dispose();
    }

    private void Check()
    {
        try
        {
            foreach (var batch in _queue.GetConsumingEnumerable())
            {
                foreach (var (feature, file) in batch)
                {
                    _problems.AddRange(GeodataValidator.GeometryProblems(feature, file));
                }
            }
        }
        catch
        {
            // A reader waiting on a full queue must not wait for ever: it gets an error, and CompleteAsync this one.
            _queue.CompleteAdding();
            throw;
        }
    }
}
