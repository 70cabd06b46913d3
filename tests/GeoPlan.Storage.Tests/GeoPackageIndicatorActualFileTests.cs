using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Storage;
using GeoPlan.Geodata;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Testing;
using Microsoft.Data.Sqlite;

namespace GeoPlan.Storage.Tests;

/// <summary>Indicator values in the GeoPackage file: they survive reopening and rebuilds from geodata, and the file keeps them append-only.</summary>
public sealed class GeoPackageIndicatorActualFileTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task Recorded_values_survive_reopening_the_file()
    {
        var path = _directory.File("store.gpkg");
        GeoPackageWriter.Write(BundledGeodata.Result.Dataset, path);
        IndicatorActualRecord first, second;
        using (var store = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite))
        {
            first = await store.RecordAsync(Actual(1, 2023, 8122.1), "planner");
            second = await store.RecordAsync(Actual(1, 2023, 8122.4), "analyst");
        }

        SqliteConnection.ClearAllPools();
        using var reopened = new GeoPackageFeatureStore(path);
        var history = await reopened.GetIndicatorActualHistoryAsync(1);

        Assert.Equal(2, history.Count);
        IndicatorActualContract<GeoPackageWriterFixture>.AssertSame(first, history[0]);
        IndicatorActualContract<GeoPackageWriterFixture>.AssertSame(second, history[1]);
        IndicatorActualContract<GeoPackageWriterFixture>.AssertSame(second, Assert.Single(await reopened.GetIndicatorActualsAsync()));
        GeoPackageWritableStore.AssertConsistent(path);
    }

    [Fact]
    public async Task A_rebuild_from_geodata_replaces_the_bundled_values_and_keeps_the_recorded_ones_after_them()
    {
        var geodata = Directory.CreateDirectory(_directory.File("geodata")).FullName;
        BundledGeodata.CopyTo(geodata);
        var directory = new GeodataDirectory(geodata);
        var path = _directory.File("store.gpkg");
        WriteBundled(directory, 8100.0);
        Assert.Empty(GeoPackageBuild.FromGeodata(directory, path));
        IndicatorActualRecord recorded;
        using (var store = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite))
        {
            var bundled = Assert.Single(await store.GetIndicatorActualHistoryAsync(1));
            Assert.Equal((8100.0, IndicatorActualRecord.Bundled), (bundled.Actual.Value, bundled.RecordedBy));
            recorded = await store.RecordAsync(Actual(1, 2023, 8122.1), "planner");
        }

        SqliteConnection.ClearAllPools();
        WriteBundled(directory, 8110.0);
        Assert.Empty(GeoPackageBuild.FromGeodata(directory, path));

        using var rebuilt = new GeoPackageFeatureStore(path);
        var history = await rebuilt.GetIndicatorActualHistoryAsync(1);
        Assert.Equal([(8110.0, IndicatorActualRecord.Bundled), (8122.1, "planner")], history.Select(r => (r.Actual.Value, r.RecordedBy)));
        Assert.Equal(recorded.RecordedAt, history[1].RecordedAt);
        Assert.Equal(8122.1, Assert.Single(await rebuilt.GetIndicatorActualsAsync()).Actual.Value);
    }

    [Fact]
    public async Task A_file_built_before_values_were_kept_reads_none_and_gets_the_table_with_its_first_value()
    {
        var path = _directory.File("old.gpkg");
        GeoPackageWriter.Write(BundledGeodata.Result.Dataset, path);
        GeoPackageWritableStore.Execute(path, """
            DROP TABLE plan_indicator_actuals;
            DELETE FROM gpkg_contents WHERE table_name = 'plan_indicator_actuals';
            """);
        using var store = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite);

        Assert.Empty(await store.GetIndicatorActualsAsync());
        await store.RecordAsync(Actual(3, 2023, 12.5), "planner");

        Assert.Equal(12.5, Assert.Single(await store.GetIndicatorActualHistoryAsync(3)).Actual.Value);
        GeoPackageWritableStore.AssertConsistent(path);
    }

    [Theory]
    [InlineData("UPDATE plan_indicator_actuals SET value = 1")]
    [InlineData("DELETE FROM plan_indicator_actuals")]
    public async Task The_file_refuses_to_change_or_delete_a_recorded_value(string sql)
    {
        var path = _directory.File("store.gpkg");
        GeoPackageWriter.Write(BundledGeodata.Result.Dataset, path);
        using (var store = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite))
        {
            await store.RecordAsync(Actual(1, 2023, 8122.1), "planner");
        }

        var refused = Assert.Throws<SqliteException>(() => GeoPackageWritableStore.Execute(path, sql));

        Assert.Contains("history", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_store_refuses_to_record()
    {
        var path = _directory.File("store.gpkg");
        GeoPackageWriter.Write(BundledGeodata.Result.Dataset, path);
        using var store = new GeoPackageFeatureStore(path);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => store.RecordAsync(Actual(1, 2023, 1), "planner"));

        Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private static IndicatorActual Actual(int indicator, int year, double value) =>
        new(indicator, year, value, "沈阳市2023年国民经济和社会发展统计公报 (test)", new DateOnly(2024, 4, 1));

    private static void WriteBundled(GeodataDirectory directory, double value) => File.WriteAllText(directory.ActualsFile, $$"""
        {"actuals": [{"indicator_id": 1, "year": 2023, "value": {{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}},
          "source": "test bulletin", "as_of": "2024-04-01"}]}
        """);
}
