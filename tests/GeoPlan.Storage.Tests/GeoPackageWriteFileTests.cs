using System.Security.Cryptography;
using GeoPlan.Core.Storage;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Testing;

namespace GeoPlan.Storage.Tests;

/// <summary>What imports leave in a GeoPackage file: a file other tools read with the new collection, or, when the writing process
/// dies, the file as it was.</summary>
[Collection(WriterCollection.Name)]
public sealed class GeoPackageWriteFileTests(GeoPackageWriterFixture fixture) : IClassFixture<GeoPackageWriterFixture>
{
    [SkippableFact]
    public async Task Gdal_lists_a_written_collection_with_its_count_type_and_wgs84_and_the_appended_count()
    {
        ExternalTool.Require("ogrinfo", "gdal-bin");
        await using var target = (GeoPackageWritableStore)await fixture.CreateStoreAsync();
        var plots = GeneratedLayer.Create(1_234, 50);
        var stations = (await target.Store.GetLayerAsync("rail_stations"))!;
        await target.Writer.WriteLayerAsync(plots.Layer, ImportMode.Replace, FeatureStreams.Of(plots.Features));
        await target.Writer.WriteLayerAsync(
            stations with { Fields = [] },
            ImportMode.Append,
            FeatureStreams.Of(plots.Features.Take(5).Select(f => f with { Id = "station-" + f.Id, Geometry = f.Geometry.Centroid })));

        var (exitCode, output, error) = await ExternalTool.RunAsync("ogrinfo", "-ro", "-so", target.Path, "plots");
        var (_, stationsOutput, _) = await ExternalTool.RunAsync("ogrinfo", "-ro", "-so", target.Path, "rail_stations");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Feature Count: 1234", output, StringComparison.Ordinal);
        Assert.Contains("Geometry: Polygon", output, StringComparison.Ordinal);
        Assert.Contains("EPSG\",4326]]", output, StringComparison.Ordinal);
        Assert.Contains("approved_year: Integer64", output, StringComparison.Ordinal);
        Assert.Contains($"Feature Count: {stations.FeatureCount + 5}", stationsOutput, StringComparison.Ordinal);
        await target.AssertConsistentAsync();
    }

    [Fact]
    public async Task A_store_opened_read_only_refuses_to_write_and_leaves_the_file_untouched()
    {
        await using var target = (GeoPackageWritableStore)await fixture.CreateStoreAsync();
        var hash = Hash(target.Path);
        using var readOnly = new GeoPackageFeatureStore(target.Path);
        var plots = GeneratedLayer.Create(10, 51);

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(
            () => readOnly.WriteLayerAsync(plots.Layer, ImportMode.Replace, FeatureStreams.Of(plots.Features)));

        Assert.Contains("opened read-only", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(hash, Hash(target.Path));
    }

    [Fact]
    public async Task A_collection_id_naming_one_of_the_files_other_tables_is_refused()
    {
        await using var target = await fixture.CreateStoreAsync();
        var before = await StoreSnapshot.TakeAsync(target.Store);
        var plots = GeneratedLayer.Create(10, 52);

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(
            () => target.Writer.WriteLayerAsync(
                plots.Layer with { Id = "plan_tasks" }, ImportMode.Replace, FeatureStreams.Of(plots.Features)));

        Assert.Contains("already has a table named 'plan_tasks'", refusal.Message, StringComparison.Ordinal);
        await before.AssertSameAsync(target.Store);
        using var reopened = new GeoPackageFeatureStore(((GeoPackageWritableStore)target).Path);
        Assert.Equal(fixture.Dataset.Tasks.Count, (await reopened.GetTasksAsync()).Count);
    }

    [Theory]
    [InlineData(ImportMode.Replace, GeoPackageAccess.ReadOnly)]
    [InlineData(ImportMode.Append, GeoPackageAccess.ReadWrite)]
    public async Task A_write_killed_mid_stream_leaves_the_file_as_it_was_once_reopened(ImportMode mode, GeoPackageAccess reopening)
    {
        await using var target = (GeoPackageWritableStore)await fixture.CreateStoreAsync();
        var before = await StoreSnapshot.TakeAsync(new GeoPackageFeatureStore(target.Path));
        var hash = Hash(target.Path);
        var length = new FileInfo(target.Path).Length;
        var journal = target.Path + "-journal";

        await KilledWrite.RunAndKillAsync(target.Path, mode, 200_000, () =>
        {
            // The write is under way and part of it already in the file: what the reopening must undo.
            Assert.True(File.Exists(journal), "no rollback journal while the write is open");
            Assert.True(new FileInfo(target.Path).Length > length, "nothing of the write reached the file");
        });

        Assert.True(File.Exists(journal), "the killed write left no hot journal");
        using var reopened = new GeoPackageFeatureStore(target.Path, reopening);
        await before.AssertSameAsync(reopened);
        Assert.False(File.Exists(journal), "reopening did not roll the hot journal back");
        Assert.Equal(hash, Hash(target.Path));
        GeoPackageWritableStore.AssertConsistent(target.Path);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
