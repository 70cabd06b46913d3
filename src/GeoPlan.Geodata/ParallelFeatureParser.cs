using System.Collections.Concurrent;
using System.Text.Json;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.GeoJson;

namespace GeoPlan.Geodata;

/// <summary>Reads a layer's file on one thread and parses its features on a thread per processor, handing them back in file order.</summary>
/// <remarks>The thread that consumes the features does nothing else here, so it is free for what it does with them.</remarks>
internal sealed class ParallelFeatureParser : IDisposable
{
    private static readonly int Workers = Environment.ProcessorCount;
    // Enough batches in flight to keep every worker busy while the consumer waits for the oldest; few enough to keep memory flat.
    private static readonly int InFlight = (2 * Workers) + 1;

    private readonly BlockingCollection<FeatureBatch> _work = new(InFlight);
    private readonly BlockingCollection<FeatureBatch> _inOrder = new(InFlight);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private readonly Task[] _workers;

    /// <summary>Starts reading <paramref name="json"/> and parsing; each worker gets its own parser and runs <paramref name="check"/>,
    /// when given, on every feature it parses.</summary>
    public ParallelFeatureParser(GeoJsonFeatureStream json, Func<FeatureParser> createParser, Func<PlanFeature, IReadOnlyList<GeodataProblem>>? check)
    {
        _reader = Task.Factory.StartNew(() => Read(json), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _workers = Enumerable.Range(0, Workers)
            .Select(_ => Task.Factory.StartNew(() => Work(createParser(), check), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
    }

    /// <summary>How many features the file held, up to malformed JSON if any; known once <see cref="Features"/> has been read to its end.</summary>
    public int Count { get; private set; }

    /// <summary>The malformed JSON that ended the features early; known once <see cref="Features"/> has been read to its end.</summary>
    public JsonException? Malformed { get; private set; }

    /// <summary>Every feature as parsed, in file order; an error reading the file is thrown here.</summary>
    public IEnumerable<FeatureRead> Features()
    {
        foreach (var batch in _inOrder.GetConsumingEnumerable())
        {
            foreach (var read in batch.Results())
            {
                yield return read;
            }

            (Count, Malformed) = (batch.FirstIndex + batch.Count, batch.Malformed);
        }

        _reader.GetAwaiter().GetResult();
    }

    /// <summary>Stops reading, lets the workers finish the batches they have, and waits for every thread.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _work.CompleteAdding();
        Task.WaitAll([_reader.ContinueWith(_ => { }, TaskScheduler.Default), .. _workers]);
        _work.Dispose();
        _inOrder.Dispose();
        _stop.Dispose();
    }

    private void Read(GeoJsonFeatureStream json)
    {
        try
        {
            FeatureBatch batch;
            var next = 0;
            do
            {
                batch = FeatureBatch.Take(json, next);
                next += batch.Count;
                _work.Add(batch, _stop.Token);
                _inOrder.Add(batch, _stop.Token);
            }
            while (!batch.IsLast);
        }
        finally
        {
            _inOrder.CompleteAdding();
        }
    }

    private void Work(FeatureParser parser, Func<PlanFeature, IReadOnlyList<GeodataProblem>>? check)
    {
        foreach (var batch in _work.GetConsumingEnumerable())
        {
            batch.Parse(parser, check);
        }
    }
}
