using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;
using Npgsql;

namespace GeoPlan.Storage.Tests;

/// <summary>The schema comes from versioned scripts, applied once each, with GiST indexes and foreign keys where they belong.</summary>
public sealed class PostGisMigrationTests(PostGisFixture fixture) : IClassFixture<PostGisFixture>
{
    [SkippableFact]
    public async Task Applying_twice_applies_nothing_the_second_time_and_records_each_version()
    {
        await using var database = await TemporaryDatabase.CreateAsync(TestPostGis.Require());
        var scripts = PostGisMigrations.Versions;

        var first = await PostGisMigrations.ApplyAsync(database.DataSource);
        var second = await PostGisMigrations.ApplyAsync(database.DataSource);

        Assert.Equal(scripts, first);
        Assert.Empty(second);
        Assert.Equal(scripts, await ColumnAsync<int>(database.DataSource, "SELECT version FROM geoplan_schema_version ORDER BY version"));
    }

    [SkippableFact]
    public async Task Concurrent_callers_apply_each_version_exactly_once()
    {
        await using var database = await TemporaryDatabase.CreateAsync(TestPostGis.Require());

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostGisMigrations.ApplyAsync(database.DataSource)));

        Assert.Equal(PostGisMigrations.Versions, results.SelectMany(r => r).Order());
    }

    [SkippableFact]
    public async Task The_indicator_history_migration_applies_to_a_loaded_database_of_the_first_schema_and_keeps_its_data()
    {
        await using var database = await TemporaryDatabase.CreateAsync(TestPostGis.Require());
        await PostGisLoader.LoadAsync(database.DataSource, fixture.Dataset);
        // The database as version 1 left it: no history table, version 2 not recorded.
        await using (var downgrade = database.DataSource.CreateCommand("""
            DROP TABLE plan_indicator_actuals;
            DROP FUNCTION plan_indicator_actuals_append_only();
            DELETE FROM geoplan_schema_version WHERE version = 2;
            """))
        {
            await downgrade.ExecuteNonQueryAsync();
        }

        var applied = await PostGisMigrations.ApplyAsync(database.DataSource);

        Assert.Equal([2], applied);
        var store = new PostGisFeatureStore(database.DataSource);
        Assert.Equal(34, (await store.GetIndicatorsAsync()).Count);
        Assert.Equal(fixture.Dataset.Features.Count, (await ColumnAsync<long>(database.DataSource, "SELECT count(*) FROM geoplan_features")).Single());
        var recorded = await store.RecordAsync(new IndicatorActual(32, 2023, 165, "test bulletin", new DateOnly(2024, 1, 1)), "planner");
        Assert.Equal(recorded.Sequence, Assert.Single(await store.GetIndicatorActualHistoryAsync(32)).Sequence);
    }

    [SkippableFact]
    public async Task Every_layer_table_has_a_gist_index_on_its_geometry_and_a_key_on_its_id()
    {
        var indexes = await ColumnAsync<string>(
            fixture.Database.DataSource,
            "SELECT tablename || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'layers'");

        foreach (var layer in fixture.Dataset.Layers)
        {
            var own = indexes.Where(i => i.StartsWith(layer.Id + ":", StringComparison.Ordinal)).ToList();
            Assert.Contains(own, i => i.EndsWith("USING gist (geom)", StringComparison.Ordinal));
            Assert.Contains(own, i => i.Contains("UNIQUE INDEX", StringComparison.Ordinal) && i.EndsWith("(id)", StringComparison.Ordinal));
        }
    }

    [SkippableFact]
    public async Task Plan_tables_link_to_tasks_indicators_and_features_by_foreign_keys()
    {
        var links = await ColumnAsync<string>(fixture.Database.DataSource, """
            SELECT conrelid::regclass::text || ' -> ' || confrelid::regclass::text
              FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace
            """);

        Assert.Contains("plan_tasks -> plan_tasks", links);
        Assert.Contains("plan_task_targets -> plan_tasks", links);
        Assert.Contains("plan_task_features -> plan_tasks", links);
        Assert.Contains("plan_task_features -> geoplan_features", links);
        Assert.Contains("plan_indicator_tasks -> plan_indicators", links);
        Assert.Contains("plan_indicator_tasks -> plan_tasks", links);
        Assert.Contains("geoplan_features -> geoplan_layers", links);
    }

    internal static async Task<List<T>> ColumnAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
