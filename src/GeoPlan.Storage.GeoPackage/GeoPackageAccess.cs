namespace GeoPlan.Storage.GeoPackage;

/// <summary>How a <see cref="GeoPackageFeatureStore"/> opens its file.</summary>
public enum GeoPackageAccess
{
    /// <summary>Queries only; a write is refused. The one change made to the file is the rollback of an import whose process died
    /// mid-way, which SQLite requires before anything can be read.</summary>
    ReadOnly,

    /// <summary>Queries, and imports of whole collections through <see cref="Core.Storage.IFeatureWriter"/>.</summary>
    ReadWrite,
}
