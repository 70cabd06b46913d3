namespace GeoPlan.Core.Storage.Editing;

/// <summary>What a recorded change did.</summary>
public enum AuditOperation
{
    /// <summary>A feature was added.</summary>
    Create,

    /// <summary>A feature was replaced as a whole.</summary>
    Replace,

    /// <summary>Some of a feature's properties or its geometry were changed (a merge patch).</summary>
    Update,

    /// <summary>A feature was removed.</summary>
    Delete,

    /// <summary>A whole collection was imported, built or loaded; recorded once per collection, not per feature.</summary>
    Import,
}
