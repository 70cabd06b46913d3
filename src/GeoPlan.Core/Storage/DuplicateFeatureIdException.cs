namespace GeoPlan.Core.Storage;

/// <summary>A write met a feature id the store already holds; ids are unique across all collections.</summary>
public sealed class DuplicateFeatureIdException : Exception
{
    /// <summary>Names the id and the collection that already holds it.</summary>
    public DuplicateFeatureIdException(string featureId, string holder)
        : base($"the feature id '{featureId}' is already used in the collection '{holder}'; feature ids are unique across all collections")
    {
        FeatureId = featureId;
        Holder = holder;
    }

    /// <summary>The id used twice.</summary>
    public string FeatureId { get; }

    /// <summary>The collection that already holds it.</summary>
    public string Holder { get; }
}
