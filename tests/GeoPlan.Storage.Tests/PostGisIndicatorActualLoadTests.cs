using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;
using Npgsql;

namespace GeoPlan.Storage.Tests;

/// <summary>Indicator values in PostGIS: a load replaces the bundled ones and keeps those recorded through the API; the table refuses
/// changes and deletions.</summary>
public sealed class PostGisIndicatorActualLoadTests
{
    [SkippableFact]
    public async Task A_load_replaces_the_bundled_values_and_keeps_the_recorded_ones_after_them()
    {
        await using var database = await TemporaryDatabase.CreateAsync(TestPostGis.Require());
        var dataset = BundledGeodata.Result.Dataset;
        await PostGisLoader.LoadAsync(database.DataSource, dataset with { Actuals = [Actual(1, 8100)] });
        var store = new PostGisFeatureStore(database.DataSource);
        var bundled = Assert.Single(await store.GetIndicatorActualHistoryAsync(1));
        Assert.Equal(IndicatorActualRecord.Bundled, bundled.RecordedBy);
        var recorded = await store.RecordAsync(Actual(1, 8122.1), "planner");

        await PostGisLoader.LoadAsync(database.DataSource, dataset with { Actuals = [Actual(1, 8110)] });

        var history = await store.GetIndicatorActualHistoryAsync(1);
        Assert.Equal([(8110.0, IndicatorActualRecord.Bundled), (8122.1, "planner")], history.Select(r => (r.Actual.Value, r.RecordedBy)));
        Assert.Equal(recorded.RecordedAt, history[1].RecordedAt);
        Assert.Equal(8122.1, Assert.Single(await store.GetIndicatorActualsAsync()).Actual.Value);
    }

    [SkippableTheory]
    [InlineData("UPDATE plan_indicator_actuals SET value = 1")]
    [InlineData("DELETE FROM plan_indicator_actuals")]
    public async Task The_table_refuses_to_change_or_delete_a_recorded_value(string sql)
    {
        await using var database = await TemporaryDatabase.CreateAsync(TestPostGis.Require());
        await PostGisLoader.LoadAsync(database.DataSource, BundledGeodata.Result.Dataset with { Actuals = [Actual(1, 8100)] });

        var refused = await Assert.ThrowsAsync<PostgresException>(async () =>
        {
            await using var command = database.DataSource.CreateCommand(sql);
            await command.ExecuteNonQueryAsync();
        });

        Assert.Contains("history", refused.MessageText, StringComparison.Ordinal);
    }

    private static IndicatorActual Actual(int indicator, double value) =>
        new(indicator, 2023, value, "沈阳市2023年国民经济和社会发展统计公报 (test)", new DateOnly(2024, 4, 1));
}
