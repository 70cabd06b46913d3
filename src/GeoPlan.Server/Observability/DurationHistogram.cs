namespace GeoPlan.Server.Observability;

/// <summary>Observed durations counted into fixed buckets, with their sum: a Prometheus histogram's state.</summary>
public sealed class DurationHistogram(IReadOnlyList<double> bounds)
{
    private readonly long[] _counts = new long[bounds.Count + 1];
    private readonly Lock _gate = new();
    private double _sum;

    /// <summary>The buckets' upper bounds, in seconds, ascending; a last bucket holds everything above.</summary>
    public IReadOnlyList<double> Bounds { get; } = bounds;

    /// <summary>Counts one duration in seconds.</summary>
    public void Observe(double seconds)
    {
        var bucket = 0;
        while (bucket < Bounds.Count && seconds > Bounds[bucket])
        {
            bucket++;
        }

        lock (_gate)
        {
            _counts[bucket]++;
            _sum += seconds;
        }
    }

    /// <summary>A consistent copy: the cumulative count at or below each bound, then the total count (the +Inf bucket), and the sum.</summary>
    public (long[] Cumulative, double Sum) Read()
    {
        var cumulative = new long[_counts.Length];
        double sum;
        lock (_gate)
        {
            long running = 0;
            for (var i = 0; i < _counts.Length; i++)
            {
                running += _counts[i];
                cumulative[i] = running;
            }

            sum = _sum;
        }

        return (cumulative, sum);
    }
}
