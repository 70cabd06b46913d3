using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage.Editing;

/// <summary>A store that edits single features under optimistic concurrency and records every change in its audit trail, in the same
/// transaction as the change.</summary>
/// <remarks>
/// Every edit checks the feature against its collection as an import does (<see cref="FeatureEditCheck"/>), refuses an invalid geometry,
/// and changes nothing and records nothing when it fails or is cancelled. After the commit the store raises
/// <see cref="IFeatureStore.Changed"/> with where the feature was and where it is.
/// </remarks>
public interface IFeatureEditor
{
    /// <summary>A feature with its current version, or null when the collection has no feature with that id.</summary>
    Task<VersionedFeature?> GetVersionedAsync(string collection, string featureId, CancellationToken cancellationToken = default);

    /// <summary>Adds a feature to its collection (<see cref="PlanFeature.Layer"/>) and returns its version.</summary>
    /// <exception cref="DuplicateFeatureIdException">Its id is used already, in this collection or another.</exception>
    /// <exception cref="ArgumentException">The feature does not fit the collection, or the collection does not exist.</exception>
    Task<long> CreateAsync(PlanFeature feature, string editor, CancellationToken cancellationToken = default);

    /// <summary>Replaces a feature (by <see cref="PlanFeature.Layer"/> and <see cref="PlanFeature.Id"/>) when it is at
    /// <paramref name="expectedVersion"/>, recording <paramref name="operation"/> (replace or update); returns its new version.</summary>
    /// <exception cref="FeatureNotFoundException">The collection has no such feature.</exception>
    /// <exception cref="VersionMismatchException">The feature is at another version.</exception>
    Task<long> ReplaceAsync(
        PlanFeature feature, long expectedVersion, AuditOperation operation, string editor, CancellationToken cancellationToken = default);

    /// <summary>Removes a feature when it is at <paramref name="expectedVersion"/>; returns the sequence of the delete's record.</summary>
    /// <exception cref="FeatureNotFoundException">The collection has no such feature.</exception>
    /// <exception cref="VersionMismatchException">The feature is at another version.</exception>
    /// <exception cref="InvalidOperationException">A plan task names the feature.</exception>
    Task<long> DeleteAsync(
        string collection, string featureId, long expectedVersion, string editor, CancellationToken cancellationToken = default);

    /// <summary>Every recorded change of a feature, oldest first; empty when none was recorded.</summary>
    Task<IReadOnlyList<FeatureAuditRecord>> GetHistoryAsync(
        string collection, string featureId, CancellationToken cancellationToken = default);

    /// <summary>Every change of a collection (its features' and its imports) committed after <paramref name="time"/>, oldest
    /// first.</summary>
    Task<IReadOnlyList<FeatureAuditRecord>> GetChangesAfterAsync(
        string collection, DateTimeOffset time, CancellationToken cancellationToken = default);
}
