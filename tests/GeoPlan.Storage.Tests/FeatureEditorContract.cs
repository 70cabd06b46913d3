using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Core.Storage.Editing;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Storage.Tests;

/// <summary>What every store must do with edits of single features: version them, refuse a stale or missing one, record every change
/// with who, when, before and after in the same transaction, answer a collection as it was, and change nothing when an edit fails.</summary>
/// <remarks>Each test edits a fresh store of its own.</remarks>
public abstract class FeatureEditorContract<TFixture>(TFixture fixture)
    where TFixture : class, IWriterFixture
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    [SkippableFact]
    public async Task A_created_feature_reads_back_with_its_version_and_a_create_record_naming_the_editor()
    {
        await using var target = await fixture.CreateStoreAsync();
        var editor = Editor(target);
        var changes = Listen(target);
        var park = Park("park_test_created", 123.40, 41.80);
        var before = DateTimeOffset.UtcNow.AddMilliseconds(-1);

        var version = await editor.CreateAsync(park, "planner.li");

        var read = await editor.GetVersionedAsync("parks", park.Id);
        Assert.NotNull(read);
        Assert.Equal(version, read.Version);
        AssertSameFeature(park, read.Feature);
        var record = Assert.Single(await editor.GetHistoryAsync("parks", park.Id));
        Assert.Equal((version, "parks", park.Id, AuditOperation.Create, "planner.li"), (record.Sequence, record.Collection, record.FeatureId!, record.Operation, record.Editor));
        Assert.InRange(record.At, before, DateTimeOffset.UtcNow);
        Assert.Null(record.Before);
        AssertSameFeature(park, record.After!);
        var change = Assert.Single(changes);
        Assert.Equal("parks", change.Collection);
        Assert.Equal(park.Geometry.EnvelopeInternal, change.After);
        Assert.Null(change.Before);
        Assert.True((await target.Store.GetLayerAsync("parks"))!.Extent!.Contains(park.Geometry.EnvelopeInternal));
        await target.AssertConsistentAsync();
    }

    [SkippableFact]
    public async Task A_replace_with_the_current_version_moves_the_version_on_and_records_before_and_after()
    {
        await using var target = await fixture.CreateStoreAsync();
        var editor = Editor(target);
        var park = Park("park_test_moved", 123.40, 41.80);
        var created = await editor.CreateAsync(park, "planner.li");
        var moved = Park(park.Id, 123.60, 41.90) with { NameEn = "Moved Park", Attributes = new Dictionary<string, object?> { ["district_id"] = "hunnan" } };
        var changes = Listen(target);

        var replaced = await editor.ReplaceAsync(moved, created, AuditOperation.Update, "planner.wang");

        Assert.True(replaced > created);
        var read = (await editor.GetVersionedAsync("parks", park.Id))!;
        Assert.Equal(replaced, read.Version);
        AssertSameFeature(moved, read.Feature);
        var history = await editor.GetHistoryAsync("parks", park.Id);
        Assert.Equal([AuditOperation.Create, AuditOperation.Update], history.Select(r => r.Operation));
        AssertSameFeature(park, history[1].Before!);
        AssertSameFeature(moved, history[1].After!);
        Assert.Equal("planner.wang", history[1].Editor);
        var change = Assert.Single(changes);
        Assert.Equal((park.Geometry.EnvelopeInternal, moved.Geometry.EnvelopeInternal), (change.Before!, change.After!));
        await target.AssertConsistentAsync();
    }

    [SkippableFact]
    public async Task A_stale_version_is_refused_with_the_current_one_and_nothing_changes_or_is_recorded()
    {
        await using var target = await fixture.CreateStoreAsync();
        var editor = Editor(target);
        var park = Park("park_test_stale", 123.40, 41.80);
        var created = await editor.CreateAsync(park, "planner.li");
        var current = await editor.ReplaceAsync(Park(park.Id, 123.41, 41.80), created, AuditOperation.Replace, "planner.li");

        var refused = await Assert.ThrowsAsync<VersionMismatchException>(
            () => editor.ReplaceAsync(Park(park.Id, 123.70, 41.70), created, AuditOperation.Replace, "planner.wang"));
        var refusedDelete = await Assert.ThrowsAsync<VersionMismatchException>(() => editor.DeleteAsync("parks", park.Id, created, "planner.wang"));

        Assert.Equal((created, current), (refused.Expected, refused.Current));
        Assert.Equal(current, refusedDelete.Current);
        var read = (await editor.GetVersionedAsync("parks", park.Id))!;
        Assert.Equal(current, read.Version);
        Assert.Equal(123.41, read.Feature.Geometry.EnvelopeInternal.MinX, 9);
        Assert.Equal(2, (await editor.GetHistoryAsync("parks", park.Id)).Count);
    }

    [SkippableFact]
    public async Task A_deleted_feature_is_gone_its_collection_counts_one_less_and_the_delete_keeps_what_it_was()
    {
        await using var target = await fixture.CreateStoreAsync();
        var editor = Editor(target);
        var park = Park("park_test_deleted", 123.40, 41.80);
        var created = await editor.CreateAsync(park, "planner.li");
        var count = (await target.Store.GetLayerAsync("parks"))!.FeatureCount;

        var deleted = await editor.DeleteAsync("parks", park.Id, created, "planner.zhao");

        Assert.True(deleted > created);
        Assert.Null(await editor.GetVersionedAsync("parks", park.Id));
        Assert.Null(await target.Store.GetFeatureAsync("parks", park.Id));
        Assert.Equal(count - 1, (await target.Store.GetLayerAsync("parks"))!.FeatureCount);
        var record = (await editor.GetHistoryAsync("parks", park.Id))[^1];
        Assert.Equal((AuditOperation.Delete, "planner.zhao"), (record.Operation, record.Editor));
        AssertSameFeature(park, record.Before!);
        Assert.Null(record.After);
        await Assert.ThrowsAsync<FeatureNotFoundException>(() => editor.DeleteAsync("parks", park.Id, deleted, "planner.zhao"));
        await target.AssertConsistentAsync();
    }

    [SkippableFact]
    public async Task An_id_used_in_any_collection_is_refused_and_an_unknown_feature_cannot_be_replaced()
    {
        await using var target = await fixture.CreateStoreAsync();
        var editor = Editor(target);
        var station = fixture.Dataset.Features.First(f => f.Layer == "rail_stations");

        var taken = await Assert.ThrowsAsync<DuplicateFeatureIdException>(() => editor.CreateAsync(Park(station.Id, 123.4, 41.8), "planner.li"));
        await Assert.ThrowsAsync<FeatureNotFoundException>(
            () => editor.ReplaceAsync(Park("park_test_nowhere", 123.4, 41.8), 0, AuditOperation.Replace, "planner.li"));

        Assert.Equal("rail_stations", taken.Holder);
        Assert.Null(await target.Store.GetFeatureAsync("parks", station.Id));
        Assert.Empty(await editor.GetHistoryAsync("parks", station.Id));
    }

    [SkippableFact]
    public async Task An_invalid_geometry_a_wrong_geometry_type_or_a_cancelled_edit_changes_nothing_and_records_nothing()
    {
        await using var target = await fixture.CreateStoreAsync();
        var editor = Editor(target);
        var park = Park("park_test_failed", 123.40, 41.80);
        var created = await editor.CreateAsync(park, "planner.li");
        var snapshot = await StoreSnapshot.TakeAsync(target.Store);
        // A bow tie: its ring crosses itself.
        var bowTie = park with
        {
            Geometry = Wgs84.CreateMultiPolygon([Wgs84.CreatePolygon([new(123.4, 41.8), new(123.5, 41.9), new(123.5, 41.8), new(123.4, 41.9), new(123.4, 41.8)])]),
        };
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var invalid = await Assert.ThrowsAsync<ArgumentException>(() => editor.ReplaceAsync(bowTie, created, AuditOperation.Replace, "planner.li"));
        var wrongType = await Assert.ThrowsAsync<ArgumentException>(
            () => editor.ReplaceAsync(park with { Geometry = Wgs84.CreatePoint(new Coordinate(123.4, 41.8)) }, created, AuditOperation.Replace, "planner.li"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => editor.ReplaceAsync(Park(park.Id, 123.5, 41.7), created, AuditOperation.Replace, "planner.li", cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => editor.CreateAsync(Park("park_test_never", 123.5, 41.7), "planner.li", cancelled.Token));
        await Assert.ThrowsAsync<ArgumentException>(() => editor.CreateAsync(Park("park_test_anonymous", 123.5, 41.7), " "));

        Assert.Contains("invalid geometry", invalid.Message, StringComparison.Ordinal);
        Assert.Contains("Point", wrongType.Message, StringComparison.Ordinal);
        await snapshot.AssertSameAsync(target.Store);
        Assert.Equal(created, (await editor.GetVersionedAsync("parks", park.Id))!.Version);
        Assert.Single(await editor.GetHistoryAsync("parks", park.Id));
        Assert.Empty(await editor.GetHistoryAsync("parks", "park_test_never"));
    }

    [SkippableFact]
    public async Task A_feature_a_plan_task_names_cannot_be_deleted()
    {
        await using var target = await fixture.CreateStoreAsync();
        var editor = Editor(target);
        var linked = fixture.Dataset.Tasks.SelectMany(t => t.FeatureIds).First(id => fixture.Dataset.Features.Any(f => f.Id == id && f.Layer == "parks"));
        var version = (await editor.GetVersionedAsync("parks", linked))!.Version;

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => editor.DeleteAsync("parks", linked, version, "planner.li"));

        Assert.Contains(linked, refused.Message, StringComparison.Ordinal);
        Assert.NotNull(await target.Store.GetFeatureAsync("parks", linked));
    }

    [SkippableFact]
    public async Task Of_concurrent_writers_expecting_the_same_version_exactly_one_wins()
    {
        await using var target = await fixture.CreateStoreAsync();
        var editor = Editor(target);
        var park = Park("park_test_raced", 123.40, 41.80);
        var created = await editor.CreateAsync(park, "planner.li");

        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            await Task.Yield();
            try
            {
                await editor.ReplaceAsync(Park(park.Id, 123.40 + (i * 0.01), 41.80), created, AuditOperation.Replace, $"planner.{i}");
                return true;
            }
            catch (VersionMismatchException)
            {
                return false;
            }
        }).ToList();
        var won = await Task.WhenAll(attempts);

        Assert.Single(won, w => w);
        var history = await editor.GetHistoryAsync("parks", park.Id);
        Assert.Equal(2, history.Count);
        var winner = Array.IndexOf(won, true);
        Assert.Equal($"planner.{winner}", history[1].Editor);
        Assert.Equal(123.40 + (winner * 0.01), (await target.Store.GetFeatureAsync("parks", park.Id))!.Geometry.EnvelopeInternal.MinX, 9);
    }

    [SkippableFact]
    public async Task A_collection_reads_as_it_was_before_each_change_from_the_changes_recorded_since()
    {
        await using var target = await fixture.CreateStoreAsync();
        var editor = Editor(target);
        var start = DateTimeOffset.UtcNow;
        var untouched = (await target.Store.ScanAsync("parks", null, null).ToListAsync()).Select(f => f.Id).ToList();
        await WaitPastAsync(start);
        var park = Park("park_test_timeline", 123.40, 41.80);
        var created = await editor.CreateAsync(park, "planner.li");
        var createdAt = (await editor.GetHistoryAsync("parks", park.Id))[0].At;
        await WaitPastAsync(createdAt);
        var moved = await editor.ReplaceAsync(Park(park.Id, 123.60, 41.90), created, AuditOperation.Replace, "planner.li");
        var movedAt = (await editor.GetHistoryAsync("parks", park.Id))[1].At;
        await WaitPastAsync(movedAt);
        await editor.DeleteAsync("parks", park.Id, moved, "planner.li");

        async Task<IReadOnlyList<PlanFeature>> AsOf(DateTimeOffset time) => FeatureTimeline.AsOf(
            await target.Store.ScanAsync("parks", null, null).ToListAsync(), await editor.GetChangesAfterAsync("parks", time));

        Assert.Equal(untouched, (await AsOf(start)).Select(f => f.Id));
        Assert.Equal(123.40, (await AsOf(createdAt)).Single(f => f.Id == park.Id).Geometry.EnvelopeInternal.MinX, 9);
        Assert.Equal(123.60, (await AsOf(movedAt)).Single(f => f.Id == park.Id).Geometry.EnvelopeInternal.MinX, 9);
        Assert.Equal(untouched, (await AsOf(DateTimeOffset.UtcNow)).Select(f => f.Id));
    }

    [SkippableFact]
    public async Task An_import_is_recorded_once_for_its_collection_with_its_editor_and_moves_every_feature_version_on()
    {
        await using var target = await fixture.CreateStoreAsync();
        var editor = Editor(target);
        var park = Park("park_test_imported", 123.40, 41.80);
        var created = await editor.CreateAsync(park, "planner.li");
        var layer = (await target.Store.GetLayerAsync("parks"))!;
        var features = await target.Store.ScanAsync("parks", null, null).ToListAsync();
        var importedAt = DateTimeOffset.UtcNow.AddMilliseconds(-1);

        await target.Writer.WriteLayerAsync(layer, ImportMode.Replace, FeatureStreams.Of(features), "analyst.sun");

        var import = Assert.Single(await editor.GetChangesAfterAsync("parks", importedAt));
        Assert.Equal((AuditOperation.Import, (string?)null, "analyst.sun", (long?)features.Count), (import.Operation, import.FeatureId, import.Editor, import.Count));
        Assert.Equal(import.Sequence, (await editor.GetVersionedAsync("parks", park.Id))!.Version);
        Assert.True(import.Sequence > created);
        await Assert.ThrowsAsync<VersionMismatchException>(() => editor.DeleteAsync("parks", park.Id, created, "planner.li"));
    }

    /// <summary>A park square of about 1 km at a corner, with the fields every feature has.</summary>
    internal static PlanFeature Park(string id, double lon, double lat) => new()
    {
        Id = id,
        Layer = "parks",
        Geometry = Wgs84.CreateMultiPolygon(
            [Wgs84.CreatePolygon([new(lon, lat), new(lon + 0.01, lat), new(lon + 0.01, lat + 0.01), new(lon, lat + 0.01), new(lon, lat)])]),
        NameZh = "测试公园",
        NameEn = "Test Park",
        Status = FeatureStatus.Planned,
        TargetYear = 2025,
        Source = "drawn by a planner in an edit test",
        AccuracyM = 25.0,
    };

    private static IFeatureEditor Editor(IWritableStore target) => Assert.IsAssignableFrom<IFeatureEditor>(target.Store);

    private static List<FeatureChange> Listen(IWritableStore target)
    {
        var changes = new List<FeatureChange>();
        target.Store.Changed += (_, change) =>
        {
            lock (changes)
            {
                changes.Add(change);
            }
        };
        return changes;
    }

    // Audit times are kept to the millisecond: the next change must fall in a later one to be told apart by time.
    private static async Task WaitPastAsync(DateTimeOffset time)
    {
        while (DateTimeOffset.UtcNow <= time.AddMilliseconds(2))
        {
            await Task.Delay(2);
        }
    }

    private static void AssertSameFeature(PlanFeature expected, PlanFeature actual)
    {
        Assert.Equal(expected.Geometry, actual.Geometry);
        Assert.Equal(4326, actual.Geometry.SRID);
        Assert.Equal(
            expected with { Geometry = actual.Geometry, Attributes = actual.Attributes },
            actual);
        foreach (var (name, value) in expected.Attributes)
        {
            Assert.Equal(value, actual.Attributes.GetValueOrDefault(name));
        }
    }
}
