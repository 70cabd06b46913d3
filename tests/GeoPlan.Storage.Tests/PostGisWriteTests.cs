using GeoPlan.Core.Storage;
using GeoPlan.Storage.PostGis;
using GeoPlan.Testing;
using Npgsql;

namespace GeoPlan.Storage.Tests;

/// <summary>A PostGIS write is heard by every store listening on the database, naming the collection; the writer raises it once.</summary>
[Collection(WriterCollection.Name)]
public sealed class PostGisWriteTests(PostGisWriterFixture fixture) : IClassFixture<PostGisWriterFixture>
{
    [SkippableFact]
    public async Task Listening_stores_hear_a_write_naming_its_collection_and_the_writer_raises_it_once()
    {
        await using var target = (PostGisWritableStore)await fixture.CreateStoreAsync();
        var writer = target.PostGis;
        var other = new PostGisFeatureStore(target.Database.DataSource);
        var heardByWriter = new List<FeatureChange>();
        var heardByOther = new List<FeatureChange>();
        var marker = new FeatureChange("marker", null, null);
        var markerHeard = new TaskCompletionSource();
        var markersHeard = 0;
        writer.Changed += (_, change) => Record(heardByWriter, change);
        other.Changed += (_, change) => Record(heardByOther, change);
        using var stop = new CancellationTokenSource();
        var listening = new[] { new TaskCompletionSource(), new TaskCompletionSource() };
        var listeners = new[]
        {
            writer.ListenAsync(() => listening[0].SetResult(), stop.Token),
            other.ListenAsync(() => listening[1].SetResult(), stop.Token),
        };
        await Task.WhenAll(listening.Select(l => l.Task)).WaitAsync(TimeSpan.FromMinutes(1));
        var plots = GeneratedLayer.Create(40, 53);

        await writer.WriteLayerAsync(plots.Layer, ImportMode.Replace, FeatureStreams.Of(plots.Features));
        // Notifications arrive in commit order: once the marker committed after the write is heard, so is the write.
        await using (var connection = await target.Database.DataSource.OpenConnectionAsync())
        {
            await PostGisChanges.NotifyAsync(connection, marker, CancellationToken.None);
        }

        await markerHeard.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.WhenAll(listeners));

        var written = new FeatureChange("plots", null, plots.Layer.Extent);
        Assert.Equal([written, marker], heardByWriter);
        Assert.Equal([written, marker], heardByOther);

        void Record(List<FeatureChange> heard, FeatureChange change)
        {
            lock (heard)
            {
                heard.Add(change);
            }

            if (change == marker && Interlocked.Increment(ref markersHeard) == 2)
            {
                markerHeard.TrySetResult();
            }
        }
    }

    [SkippableFact]
    public async Task A_replaced_collections_catalogue_row_holds_its_fields_count_and_extent_and_the_old_ids_leave_the_registry()
    {
        await using var target = (PostGisWritableStore)await fixture.CreateStoreAsync();
        var roads = (await target.Store.GetLayerAsync("roads"))!;
        var linked = fixture.Dataset.Tasks.SelectMany(t => t.FeatureIds).ToHashSet();
        var features = await target.Store.ScanAsync("roads", null, null).ToListAsync();
        // Plan tasks name some roads: those stay, with the first three.
        var kept = features.Where((f, i) => i < 3 || linked.Contains(f.Id)).ToList();
        Assert.True(kept.Count < features.Count);
        var replacement = roads with { Fields = [new("lanes", Core.Model.FieldType.Integer)] };

        await target.Writer.WriteLayerAsync(
            replacement,
            ImportMode.Replace,
            FeatureStreams.Of(kept.Select(f => f with { Attributes = new Dictionary<string, object?> { ["lanes"] = 6L } })));

        var registered = await PostGisMigrationTests.ColumnAsync<string>(
            target.Database.DataSource, "SELECT id FROM geoplan_features WHERE layer = 'roads' ORDER BY id COLLATE \"C\"");
        Assert.Equal(kept.Select(f => f.Id).Order(StringComparer.Ordinal), registered);
        var row = await PostGisMigrationTests.ColumnAsync<string>(
            target.Database.DataSource,
            "SELECT fields::text || ' ' || feature_count || ' ' || geometry_type FROM geoplan_layers WHERE id = 'roads'");
        Assert.Equal($$"""[{"name": "lanes", "type": "integer"}] {{kept.Count}} MultiLineString""", row.Single());
        await target.AssertConsistentAsync();
    }
}
