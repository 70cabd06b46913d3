using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage.Editing;

/// <summary>A collection as it was at an earlier time, worked out from what it holds now and the changes recorded since.</summary>
/// <remarks>
/// A feature changed after the time is taken as its first later change found it (the record's "before"; absent when that change
/// created it); a feature not changed since is taken as it is now. Imports are recorded per collection, without the features they
/// replaced, so a feature whose only later change is an import is taken as it is now: the answer is exact for any time since the
/// collection's latest import, build or load, and for earlier times as exact as the edits recorded since.
/// </remarks>
public static class FeatureTimeline
{
    /// <summary>The features of a collection at the time before <paramref name="changesAfter"/>, in ascending ordinal order of
    /// id.</summary>
    /// <param name="current">The collection's features now.</param>
    /// <param name="changesAfter">The collection's recorded changes after the time, oldest first.</param>
    public static IReadOnlyList<PlanFeature> AsOf(IEnumerable<PlanFeature> current, IEnumerable<FeatureAuditRecord> changesAfter)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(changesAfter);
        var features = current.ToDictionary(f => f.Id, f => (PlanFeature?)f, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changesAfter.Where(c => c.FeatureId is not null).OrderBy(c => c.Sequence))
        {
            if (seen.Add(change.FeatureId!))
            {
                features[change.FeatureId!] = change.Before;
            }
        }

        return features.Values.OfType<PlanFeature>().OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
    }
}
