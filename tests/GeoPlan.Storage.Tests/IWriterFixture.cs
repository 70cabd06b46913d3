using GeoPlan.Core.Model;

namespace GeoPlan.Storage.Tests;

/// <summary>Makes a fresh store per test, each loaded with the same dataset, so that one test's writes never reach another's.</summary>
public interface IWriterFixture
{
    /// <summary>What every fresh store holds.</summary>
    PlanDataset Dataset { get; }

    /// <summary>A new store holding <see cref="Dataset"/>.</summary>
    Task<IWritableStore> CreateStoreAsync();
}
