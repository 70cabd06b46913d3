using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;

namespace GeoPlan.Storage.Tests;

/// <summary>A store loaded with a known dataset; the contract suite checks the store's answers against the dataset.</summary>
public interface IStoreFixture
{
    /// <summary>The store under test.</summary>
    IFeatureStore Store { get; }

    /// <summary>What the store was loaded with.</summary>
    PlanDataset Dataset { get; }
}
