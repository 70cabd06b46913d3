using System.Buffers;
using System.Text.Json;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.GeoJson;

namespace GeoPlan.Geodata;

/// <summary>Consecutive features of a file copied out of the reading buffer, to be parsed on another thread and read back in order.</summary>
internal sealed class FeatureBatch
{
    // Big enough that handing a batch over costs little beside parsing it, small enough that several fit in the processors' caches.
    private const int TargetBytes = 128 * 1024;
    private const int MaxFeatures = 1024;

    private readonly List<(int Start, int Length)> _features = [];
    private readonly TaskCompletionSource<FeatureRead[]> _parsed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(TargetBytes);
    private int _length;

    private FeatureBatch(int firstIndex) => FirstIndex = firstIndex;

    /// <summary>The position in the file of the batch's first feature.</summary>
    public int FirstIndex { get; }

    /// <summary>How many features the batch holds.</summary>
    public int Count => _features.Count;

    /// <summary>True when the file had no more features after this batch's, or malformed JSON ended them.</summary>
    public bool IsLast { get; private set; }

    /// <summary>The malformed JSON that ended the features after this batch's, if that is what ended them.</summary>
    public JsonException? Malformed { get; private set; }

    /// <summary>Takes the next features from <paramref name="json"/>; the batch may be empty when it is the last.</summary>
    public static FeatureBatch Take(GeoJsonFeatureStream json, int firstIndex)
    {
        var batch = new FeatureBatch(firstIndex);
        try
        {
            while (batch._length < TargetBytes && batch.Count < MaxFeatures)
            {
                if (!json.MoveNext())
                {
                    batch.IsLast = true;
                    break;
                }

                batch.Append(json.Current);
            }
        }
        catch (JsonException e)
        {
            batch.Malformed = e;
            batch.IsLast = true;
        }

        return batch;
    }

    /// <summary>Parses every feature of the batch; called once, on any thread.</summary>
    public void Parse(FeatureParser parser, Func<PlanFeature, IReadOnlyList<GeodataProblem>>? check)
    {
        try
        {
            var results = new FeatureRead[Count];
            for (var i = 0; i < results.Length; i++)
            {
                var (start, length) = _features[i];
                var read = parser.Parse(_bytes.AsSpan(start, length), FirstIndex + i);
                if (check is not null && read.Feature is { } feature && check(feature) is { Count: > 0 } problems)
                {
                    read = read with { Problems = [.. read.Problems ?? [], .. problems] };
                }

                results[i] = read;
            }

            _parsed.SetResult(results);
        }
        catch (Exception e)
        {
            _parsed.SetException(e);
        }
    }

    /// <summary>Waits until the batch is parsed and returns what each feature gave, in order; a failure while parsing is thrown here.</summary>
    public FeatureRead[] Results()
    {
        try
        {
            return _parsed.Task.GetAwaiter().GetResult();
        }
        finally
        {
            Release();
        }
    }

    private void Append(ReadOnlySpan<byte> feature)
    {
        if (_length + feature.Length > _bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _length + feature.Length));
            _bytes.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }

        feature.CopyTo(_bytes.AsSpan(_length));
        _features.Add((_length, feature.Length));
        _length += feature.Length;
    }

    private void Release()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }
}
