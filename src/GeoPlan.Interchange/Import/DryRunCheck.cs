using System.Threading.Channels;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;

namespace GeoPlan.Interchange.Import;

/// <summary>What a dry run does in place of writing: counts the features and looks for their ids in the store's other collections.</summary>
internal sealed class DryRunCheck(IFeatureStore store, string collection, bool replacing)
{
    private const int Batch = 1000;

    /// <summary>How many features would be written; ids the store already holds elsewhere become problems of <paramref name="run"/>.</summary>
    public async Task<long> CountAsync(ChannelReader<PlanFeature> features, ImportRun run, CancellationToken ct)
    {
        var count = 0L;
        var ids = new List<string>(Batch);
        await foreach (var feature in features.ReadAllAsync(ct))
        {
            count++;
            ids.Add(feature.Id);
            if (ids.Count == Batch)
            {
                await CheckAsync(ids, run, ct);
            }
        }

        await CheckAsync(ids, run, ct);
        return count;
    }

    private async Task CheckAsync(List<string> ids, ImportRun run, CancellationToken ct)
    {
        foreach (var held in await store.GetFeaturesByIdAsync(ids, ct))
        {
            if (!(replacing && held.Layer == collection))
            {
                run.AddProblem(new DuplicateFeatureIdException(held.Id, held.Layer).Message);
            }
        }

        ids.Clear();
    }
}
