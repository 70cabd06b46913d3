// Each test class runs a browser with software WebGL; on a two-core machine they take turns.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
