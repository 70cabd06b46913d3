using System.Collections;

namespace GeoPlan.Storage.Tests;

/// <summary>A list that cancels a token when its enumeration reaches a given item: a load cancelled in the middle of a copy.</summary>
internal sealed class CancellingList<T>(IReadOnlyList<T> items, int cancelAt, CancellationTokenSource cancellation) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index] => items[index];

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i == cancelAt)
            {
                cancellation.Cancel();
            }

            yield return items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
