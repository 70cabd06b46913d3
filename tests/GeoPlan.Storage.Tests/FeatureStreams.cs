using System.Runtime.CompilerServices;
using GeoPlan.Core.Model;

namespace GeoPlan.Storage.Tests;

/// <summary>Sequences of features as an import hands them to a store: one that fails part-way, one that cancels, one that counts.</summary>
internal static class FeatureStreams
{
    /// <summary>The features in order, as an asynchronous sequence.</summary>
    public static async IAsyncEnumerable<PlanFeature> Of(IEnumerable<PlanFeature> features)
    {
        foreach (var feature in features)
        {
            await Task.Yield();
            yield return feature;
        }
    }

    /// <summary>The first <paramref name="count"/> features, then the exception a reader throws at a truncated file.</summary>
    public static async IAsyncEnumerable<PlanFeature> FailingAfter(IEnumerable<PlanFeature> features, int count)
    {
        await foreach (var feature in Of(features.Take(count)))
        {
            yield return feature;
        }

        throw new IOException("the file ends in the middle of a feature");
    }

    /// <summary>The features, cancelling <paramref name="cancellation"/> once <paramref name="count"/> of them are handed out.</summary>
    public static async IAsyncEnumerable<PlanFeature> CancellingAfter(
        IEnumerable<PlanFeature> features, int count, CancellationTokenSource cancellation)
    {
        var handedOut = 0;
        await foreach (var feature in Of(features))
        {
            if (handedOut++ == count)
            {
                await cancellation.CancelAsync();
            }

            yield return feature;
        }
    }

    /// <summary>The features, stopping after <paramref name="count"/> of them to say so through <paramref name="paused"/> and wait for
    /// <paramref name="resume"/>: a write caught in the middle.</summary>
    public static async IAsyncEnumerable<PlanFeature> PausingAfter(
        IEnumerable<PlanFeature> features, int count, TaskCompletionSource paused, Task resume)
    {
        var handedOut = 0;
        await foreach (var feature in Of(features))
        {
            if (handedOut++ == count)
            {
                paused.SetResult();
                await resume;
            }

            yield return feature;
        }
    }

    /// <summary>The features, counting in <paramref name="read"/> how many were asked for.</summary>
    public static async IAsyncEnumerable<PlanFeature> Counting(IEnumerable<PlanFeature> features, StrongBox<int> read)
    {
        await foreach (var feature in Of(features))
        {
            read.Value++;
            yield return feature;
        }
    }
}
