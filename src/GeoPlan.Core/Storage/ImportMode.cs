namespace GeoPlan.Core.Storage;

/// <summary>What a write of a whole collection does with the features already in it.</summary>
public enum ImportMode
{
    /// <summary>The collection's features and fields are replaced by the new ones; a missing collection is created.</summary>
    Replace,

    /// <summary>The new features are added beside the existing ones, whose fields they must fit.</summary>
    Append,
}
