namespace GeoPlan.Storage.Tests;

/// <summary>The writer suites, run one test at a time and apart from every other test: an import measures the process's memory,
/// and a million-feature write should not compete with the rest of the suite for two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WriterCollection
{
    public const string Name = "writers";
}
