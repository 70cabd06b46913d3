using GeoPlan.Core.Model;

namespace GeoPlan.Core.Storage.Editing;

/// <summary>One edit of one feature as a store carries it out.</summary>
/// <param name="Collection">The collection edited.</param>
/// <param name="FeatureId">The feature edited.</param>
/// <param name="Operation">Create, replace, update or delete.</param>
/// <param name="After">The feature as the edit leaves it; null for a delete.</param>
/// <param name="ExpectedVersion">The version the feature must be at; null for a create.</param>
/// <param name="Editor">Who makes the edit.</param>
public sealed record FeatureEdit(
    string Collection, string FeatureId, AuditOperation Operation, PlanFeature? After, long? ExpectedVersion, string Editor)
{
    /// <summary>An edit checked for what every store requires before it starts: an editor, an operation of one feature, and a feature
    /// that names the collection and id edited.</summary>
    /// <exception cref="ArgumentException">Something is missing or names another feature.</exception>
    public static FeatureEdit Of(
        string collection, string featureId, AuditOperation operation, PlanFeature? after, long? expectedVersion, string editor)
    {
        FeatureEditCheck.RequireEditor(editor);
        ArgumentException.ThrowIfNullOrEmpty(collection);
        ArgumentException.ThrowIfNullOrEmpty(featureId);
        if (operation == AuditOperation.Import)
        {
            throw new ArgumentException("an import is recorded by the collection write, not as an edit of one feature", nameof(operation));
        }

        if ((after is null) != (operation == AuditOperation.Delete))
        {
            throw new ArgumentException($"a {WireName.Of(operation)} edit {(after is null ? "needs" : "takes no")} feature", nameof(after));
        }

        if (after is not null && (after.Id != featureId || after.Layer != collection))
        {
            throw new ArgumentException(
                $"the feature '{after.Id}' of '{after.Layer}' is not the one edited ('{featureId}' of '{collection}')", nameof(after));
        }

        return new FeatureEdit(collection, featureId, operation, after, expectedVersion, editor);
    }
}
