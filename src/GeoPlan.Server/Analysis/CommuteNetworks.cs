using System.Collections.Concurrent;
using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Storage;
using GeoPlan.Server.Hosting;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Analysis;

/// <summary>The built network of each scenario and the coverage calculator, made once and again only after the store announces
/// a change to a layer they are built from.</summary>
public sealed class CommuteNetworks : IDisposable
{
    private readonly IFeatureStore _store;
    private readonly CommuteData _data;
    private readonly ConcurrentDictionary<string, Lazy<Task<MultimodalNetwork>>> _networks = new(StringComparer.Ordinal);
    private Lazy<Task<CoverageCalculator>> _coverage;

    /// <summary>Networks and coverage over <paramref name="store"/>'s layers, with roads from the collections configured.</summary>
    public CommuteNetworks(IFeatureStore store, IOptions<GeoPlanOptions> options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _data = new CommuteData(options.Value.CommuteRoadCollections);
        _coverage = NewCoverage();
        _store.Changed += OnChanged;
    }

    /// <summary>The travel rules every network is built with.</summary>
    public NetworkSettings Settings { get; } = NetworkSettings.Default;

    /// <summary>The network of <paramref name="scenario"/>.</summary>
    public Task<MultimodalNetwork> GetNetworkAsync(CommuteScenario scenario, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var entry = _networks.GetOrAdd(scenario.Name, _ => new Lazy<Task<MultimodalNetwork>>(() => BuildAsync(scenario)));
        return AwaitAsync(entry, () => _networks.TryRemove(new KeyValuePair<string, Lazy<Task<MultimodalNetwork>>>(scenario.Name, entry)), ct);
    }

    /// <summary>The coverage calculator over the metropolitan cities and Shenyang's districts.</summary>
    public Task<CoverageCalculator> GetCoverageAsync(CancellationToken ct)
    {
        var entry = Volatile.Read(ref _coverage);
        return AwaitAsync(entry, () => Interlocked.CompareExchange(ref _coverage, NewCoverage(), entry), ct);
    }

    /// <inheritdoc />
    public void Dispose() => _store.Changed -= OnChanged;

    private async Task<MultimodalNetwork> BuildAsync(CommuteScenario scenario)
    {
        // Built outside any request's cancellation: other requests may be waiting for the same network.
        var layers = await _data.ReadNetworkLayersAsync(_store, CancellationToken.None);
        return MultimodalNetwork.Build(layers, scenario, Settings);
    }

    private Lazy<Task<CoverageCalculator>> NewCoverage() => new(() => CommuteData.ReadCoverageAsync(_store, CancellationToken.None));

    // A build that failed (the store was down, say) is not kept: the next request tries again.
    private static async Task<T> AwaitAsync<T>(Lazy<Task<T>> entry, Action forget, CancellationToken ct)
    {
        try
        {
            return await entry.Value.WaitAsync(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            forget();
            throw;
        }
    }

    private void OnChanged(object? sender, FeatureChange change)
    {
        if (change.Collection is null || _data.BuildsNetworkFrom(change.Collection))
        {
            _networks.Clear();
        }

        if (change.Collection is null || CommuteData.MeasuresCoverageFrom(change.Collection))
        {
            Volatile.Write(ref _coverage, NewCoverage());
        }
    }
}
