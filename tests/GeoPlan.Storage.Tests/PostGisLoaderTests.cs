using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;
using Npgsql;

namespace GeoPlan.Storage.Tests;

/// <summary>A load is all or nothing: however it ends early, the database holds the previous data, whole.</summary>
public sealed class PostGisLoaderTests : IAsyncLifetime
{
    private TemporaryDatabase? _database;

    private static PlanDataset Bundled => BundledGeodata.Result.Dataset;

    private TemporaryDatabase Database => _database ?? throw new InvalidOperationException("no database");

    public async Task InitializeAsync()
    {
        if (TestPostGis.ConnectionString is { } server)
        {
            _database = await TemporaryDatabase.CreateAsync(server);
            await PostGisLoader.LoadAsync(_database.DataSource, Bundled);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_new_load_replaces_every_layer_and_the_plan()
    {
        TestPostGis.Require();
        var plots = GeneratedLayer.Create(500, 7);

        await PostGisLoader.LoadAsync(Database.DataSource, new PlanDataset([plots.Layer], plots.Features, [], []));

        var store = new PostGisFeatureStore(Database.DataSource);
        Assert.Equal(["plots"], (await store.GetLayersAsync()).Select(l => l.Id));
        Assert.Equal(500, (await store.QueryAsync(new FeatureQuery("plots", null, [], 1, 0))).NumberMatched);
        Assert.Empty(await store.GetTasksAsync());
        Assert.Empty(await store.GetIndicatorsAsync());
        Assert.Equal(["plots"], await PostGisMigrationTests.ColumnAsync<string>(Database.DataSource, "SELECT tablename FROM pg_tables WHERE schemaname = 'layers'"));
    }

    [SkippableFact]
    public async Task A_load_failing_on_a_task_that_links_a_missing_feature_leaves_the_previous_data()
    {
        TestPostGis.Require();
        var plots = GeneratedLayer.Create(1_000, 8);
        var broken = plots.AddTo(Bundled) with
        {
            Tasks = [.. Bundled.Tasks.Take(1), Bundled.Tasks[1] with { FeatureIds = ["plot-1", "no-such-feature"] }, .. Bundled.Tasks.Skip(2)],
        };

        var failure = await Assert.ThrowsAsync<PostgresException>(() => PostGisLoader.LoadAsync(Database.DataSource, broken));

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, failure.SqlState);
        await AssertHoldsBundledAsync();
    }

    [SkippableFact]
    public async Task A_load_cancelled_in_the_middle_of_copying_features_leaves_the_previous_data()
    {
        TestPostGis.Require();
        using var cancellation = new CancellationTokenSource();
        var plots = GeneratedLayer.Create(5_000, 9);
        var dataset = plots.AddTo(Bundled);
        var features = new CancellingList<PlanFeature>(dataset.Features, dataset.Features.Count - 2_000, cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => PostGisLoader.LoadAsync(Database.DataSource, dataset with { Features = features }, cancellation.Token));

        await AssertHoldsBundledAsync();
    }

    [SkippableFact]
    public async Task A_source_found_invalid_after_its_features_were_copied_leaves_the_previous_data()
    {
        TestPostGis.Require();
        var dataset = GeneratedLayer.Create(2_000, 10).AddTo(Bundled);
        var source = new RefusingLoadSource(dataset);

        var loaded = await PostGisLoader.LoadAsync(Database.DataSource, source);

        Assert.Null(loaded);
        Assert.Equal(dataset.Features.Count, source.FeaturesRead);
        await AssertHoldsBundledAsync();
    }

    private async Task AssertHoldsBundledAsync()
    {
        var store = new PostGisFeatureStore(Database.DataSource);
        var layers = await store.GetLayersAsync();
        Assert.Equal(Bundled.Layers.Select(l => l.Id), layers.Select(l => l.Id));
        foreach (var layer in layers)
        {
            var expected = Bundled.Features.Count(f => f.Layer == layer.Id);
            Assert.Equal(expected, layer.FeatureCount);
            Assert.Equal(expected, (await store.QueryAsync(new FeatureQuery(layer.Id, null, [], 1, 0))).NumberMatched);
        }

        Assert.Equal(Bundled.Tasks.Select(t => t.FeatureIds.Count), (await store.GetTasksAsync()).Select(t => t.FeatureIds.Count));
        Assert.Equal(34, (await store.GetIndicatorsAsync()).Count);
        var tables = await PostGisMigrationTests.ColumnAsync<string>(Database.DataSource, "SELECT tablename FROM pg_tables WHERE schemaname = 'layers'");
        Assert.Equal(Bundled.Layers.Select(l => l.Id).Order(StringComparer.Ordinal), tables.Order(StringComparer.Ordinal));
    }
}
