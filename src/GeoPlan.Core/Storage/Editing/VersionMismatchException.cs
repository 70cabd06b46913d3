namespace GeoPlan.Core.Storage.Editing;

/// <summary>An edit expected a version of a feature that is no longer its current one: someone else changed it in between.</summary>
public sealed class VersionMismatchException : Exception
{
    /// <summary>Names the feature, the version expected and the current one.</summary>
    public VersionMismatchException(string collection, string featureId, long expected, long current)
        : base($"the feature '{featureId}' of '{collection}' is at version {current}, not {expected}: it changed since it was read; " +
            "read it again, apply the change to what it is now, and send that")
    {
        Collection = collection;
        FeatureId = featureId;
        Expected = expected;
        Current = current;
    }

    /// <summary>The collection.</summary>
    public string Collection { get; }

    /// <summary>The feature.</summary>
    public string FeatureId { get; }

    /// <summary>The version the edit expected.</summary>
    public long Expected { get; }

    /// <summary>The feature's current version.</summary>
    public long Current { get; }
}
