namespace GeoPlan.Interchange.Import;

/// <summary>What an import does to its collection.</summary>
public enum ImportAction
{
    /// <summary>Creates the collection.</summary>
    Create,

    /// <summary>Replaces the collection's features and fields.</summary>
    Replace,

    /// <summary>Adds features to the collection.</summary>
    Append,
}
