using GeoPlan.Core.Storage;

namespace GeoPlan.Storage.Tests;

/// <summary>A fresh store of one test's own, to write into; disposing it deletes it.</summary>
public interface IWritableStore : IAsyncDisposable
{
    /// <summary>The store, to read what was written.</summary>
    IFeatureStore Store { get; }

    /// <summary>The same store, to write.</summary>
    IFeatureWriter Writer { get; }

    /// <summary>Checks what the backend itself must keep true beside the answers it gives: for a GeoPackage the file's integrity, its
    /// registrations and R-trees; for PostGIS the catalogue, the id registry, keys and GiST indexes.</summary>
    Task AssertConsistentAsync();
}
