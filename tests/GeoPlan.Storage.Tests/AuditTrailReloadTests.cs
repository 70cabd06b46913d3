using GeoPlan.Core.Storage.Editing;
using GeoPlan.Geodata;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GeoPlan.Storage.Tests;

/// <summary>The audit trail outlives a rebuild of the GeoPackage from geodata and a load into PostGIS, each of which records an import
/// of every collection after it, so a version read before cannot pass after; the PostGIS table refuses changes and deletions.</summary>
public sealed class AuditTrailReloadTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task A_rebuild_from_geodata_keeps_the_audit_trail_and_records_an_import_of_each_collection()
    {
        var directory = new GeodataDirectory(Directory.CreateDirectory(_directory.File("geodata")).FullName);
        BundledGeodata.CopyTo(directory.Path);
        var path = _directory.File("store.gpkg");
        Assert.Empty(GeoPackageBuild.FromGeodata(directory, path));
        long created;
        FeatureAuditRecord record;
        using (var store = new GeoPackageFeatureStore(path, GeoPackageAccess.ReadWrite))
        {
            created = await store.CreateAsync(FeatureEditorContract<GeoPackageWriterFixture>.Park("park_test_kept", 123.4, 41.8), "planner.li");
            record = Assert.Single(await store.GetHistoryAsync("parks", "park_test_kept"));
        }

        SqliteConnection.ClearAllPools();
        Assert.Empty(GeoPackageBuild.FromGeodata(directory, path));

        using var rebuilt = new GeoPackageFeatureStore(path);
        var kept = Assert.Single(await rebuilt.GetHistoryAsync("parks", "park_test_kept"));
        Assert.Equal((record.Sequence, record.Editor, record.At, record.After!.Geometry), (kept.Sequence, kept.Editor, kept.At, kept.After!.Geometry));
        var imports = await rebuilt.GetChangesAfterAsync("parks", record.At);
        var import = Assert.Single(imports);
        Assert.Equal((AuditOperation.Import, FeatureAuditRecord.Geodata), (import.Operation, import.Editor));
        Assert.True(import.Sequence > created);
        var park = BundledGeodata.Result.Dataset.Features.First(f => f.Layer == "parks");
        Assert.Equal(import.Sequence, (await rebuilt.GetVersionedAsync("parks", park.Id))!.Version);
    }

    [SkippableFact]
    public async Task A_load_keeps_the_audit_trail_and_records_an_import_of_each_collection()
    {
        await using var database = await TemporaryDatabase.CreateAsync(TestPostGis.Require());
        var dataset = BundledGeodata.Result.Dataset;
        await PostGisLoader.LoadAsync(database.DataSource, dataset);
        var store = new PostGisFeatureStore(database.DataSource);
        var created = await store.CreateAsync(FeatureEditorContract<PostGisWriterFixture>.Park("park_test_kept", 123.4, 41.8), "planner.li");
        var record = Assert.Single(await store.GetHistoryAsync("parks", "park_test_kept"));

        await PostGisLoader.LoadAsync(database.DataSource, dataset);

        var kept = Assert.Single(await store.GetHistoryAsync("parks", "park_test_kept"));
        Assert.Equal((record.Sequence, record.Editor, record.At), (kept.Sequence, kept.Editor, kept.At));
        Assert.Null(await store.GetFeatureAsync("parks", "park_test_kept"));
        var import = Assert.Single(await store.GetChangesAfterAsync("parks", record.At));
        Assert.Equal((AuditOperation.Import, FeatureAuditRecord.Geodata), (import.Operation, import.Editor));
        Assert.True(import.Sequence > created);
        Assert.Equal(dataset.Features.LongCount(f => f.Layer == "parks"), import.Count);

        var refused = await Assert.ThrowsAsync<PostgresException>(async () =>
        {
            await using var command = database.DataSource.CreateCommand("DELETE FROM geoplan_feature_audit");
            await command.ExecuteNonQueryAsync();
        });
        Assert.Contains("history", refused.MessageText, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
