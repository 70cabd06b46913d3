using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace GeoPlan.Server.Observability;

/// <summary>Listens to this service's meters and keeps the totals <c>/metrics</c> shows: requests by method, route template and status
/// class, request durations by route, tile cache lookups and store errors.</summary>
/// <remarks>Labels are route templates, methods as ASP.NET Core normalises them and status classes, so their number stays bounded
/// however many distinct URLs are asked for.</remarks>
public sealed class MetricsCollector : IDisposable
{
    /// <summary>The upper bounds, in seconds, of the request duration histogram's buckets (+Inf follows).</summary>
    public static readonly IReadOnlyList<double> DurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private static readonly string[] StatusClasses = ["1xx", "2xx", "3xx", "4xx", "5xx"];

    private const string HostingMeter = "Microsoft.AspNetCore.Hosting";
    private const string RequestDuration = "http.server.request.duration";

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Method, string Route, string Status), Count> _requests = new();
    private readonly ConcurrentDictionary<string, DurationHistogram> _durations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Count> _tileLookups = new(StringComparer.Ordinal);
    private readonly Count _storeErrors = new();

    /// <summary>Starts listening to the meters <paramref name="meters"/> made (the service's own and ASP.NET Core's hosting meter).</summary>
    public MetricsCollector(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meters) && IsCollected(instrument))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>(OnDouble);
        _listener.SetMeasurementEventCallback<long>(OnLong);
        _listener.Start();
    }

    /// <summary>Requests answered: (method, route template, status class such as 2xx) and how many.</summary>
    public IEnumerable<KeyValuePair<(string Method, string Route, string Status), long>> Requests =>
        _requests.Select(p => KeyValuePair.Create(p.Key, p.Value.Value));

    /// <summary>Request durations by route template.</summary>
    public IEnumerable<KeyValuePair<string, DurationHistogram>> Durations => _durations;

    /// <summary>Tile cache lookups by result (hit, miss).</summary>
    public IEnumerable<KeyValuePair<string, long>> TileLookups => _tileLookups.Select(p => KeyValuePair.Create(p.Key, p.Value.Value));

    /// <summary>Requests that found the store unavailable.</summary>
    public long StoreErrors => _storeErrors.Value;

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();

    private static bool IsCollected(Instrument instrument) =>
        (instrument.Meter.Name == HostingMeter && instrument.Name == RequestDuration) ||
        (instrument.Meter.Name == ServerMetrics.MeterName && instrument.Name is ServerMetrics.TileCacheLookups or ServerMetrics.StoreErrors);

    private void OnDouble(Instrument instrument, double seconds, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string method = "", route = "", status = "";
        foreach (var (key, value) in tags)
        {
            switch (key)
            {
                case "http.request.method":
                    method = value as string ?? "";
                    break;
                case "http.route":
                    route = value as string ?? "";
                    break;
                case "http.response.status_code" when value is int code:
                    status = code is >= 100 and < 600 ? StatusClasses[(code / 100) - 1] : $"{code / 100}xx";
                    break;
                default:
                    break;
            }
        }

        // Requests no endpoint matched share one label: their paths are whatever a client made up.
        route = route.Length == 0 ? "unmatched" : route;
        _requests.GetOrAdd((method, route, status), _ => new Count()).Add(1);
        _durations.GetOrAdd(route, _ => new DurationHistogram(DurationBuckets)).Observe(seconds);
    }

    private void OnLong(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (instrument.Name == ServerMetrics.StoreErrors)
        {
            _storeErrors.Add(value);
            return;
        }

        var result = "";
        foreach (var (key, tag) in tags)
        {
            if (key == "result")
            {
                result = tag as string ?? "";
            }
        }

        _tileLookups.GetOrAdd(result, _ => new Count()).Add(value);
    }

    private sealed class Count
    {
        private long _value;

        public long Value => Interlocked.Read(ref _value);

        public void Add(long value) => Interlocked.Add(ref _value, value);
    }
}
