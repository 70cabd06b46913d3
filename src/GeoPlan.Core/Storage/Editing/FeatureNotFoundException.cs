namespace GeoPlan.Core.Storage.Editing;

/// <summary>An edit named a feature its collection does not hold.</summary>
public sealed class FeatureNotFoundException : Exception
{
    /// <summary>Names the collection and the feature id asked for.</summary>
    public FeatureNotFoundException(string collection, string featureId)
        : base($"the collection '{collection}' has no feature '{featureId}'; create it first, or check the id")
    {
        Collection = collection;
        FeatureId = featureId;
    }

    /// <summary>The collection asked.</summary>
    public string Collection { get; }

    /// <summary>The id it does not hold.</summary>
    public string FeatureId { get; }
}
