using System.Runtime.CompilerServices;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Storage.Tests;

/// <summary>What every store must do when a whole collection is written into it: all of it, or nothing, whatever goes wrong.</summary>
/// <remarks>Each test writes into a fresh store of its own. Skippable, because a fixture whose server is not configured skips (or, in
/// CI, fails) each test.</remarks>
public abstract class FeatureWriterContract<TFixture>(TFixture fixture)
    where TFixture : class, IWriterFixture
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    private PlanDataset Dataset => fixture.Dataset;

    [SkippableFact]
    public async Task Replace_creates_a_missing_collection_after_the_existing_layers()
    {
        await using var target = await fixture.CreateStoreAsync();
        var before = await StoreSnapshot.TakeAsync(target.Store);
        var plots = GeneratedLayer.Create(300, 41);

        var layer = plots.Layer with { Extent = null, FeatureCount = 0 };

        var written = await target.Writer.WriteLayerAsync(layer, ImportMode.Replace, FeatureStreams.Of(plots.Features));

        Assert.Equal(300, written);
        var layers = await target.Store.GetLayersAsync();
        Assert.Equal([.. Dataset.Layers.Select(l => l.Id), "plots"], layers.Select(l => l.Id));
        Assert.Equal(StoreSnapshot.Describe(plots.Layer), StoreSnapshot.Describe(layers[^1]));
        Assert.Equal(before.Layers, layers.SkipLast(1).Select(StoreSnapshot.Describe));
        var stored = await target.Store.ScanAsync("plots", null, null).ToListAsync();
        Assert.Equal(InIdOrder(plots.Features), stored.Select(StoreSnapshot.Describe));
        Assert.Equal(["plot-7", "shenyang"], (await target.Store.GetFeaturesByIdAsync(["plot-7", "shenyang"])).Select(f => f.Id));
        await target.AssertConsistentAsync();
    }

    [SkippableFact]
    public async Task Replace_puts_new_features_and_fields_in_place_of_a_collections_own()
    {
        await using var target = await fixture.CreateStoreAsync();
        var before = await StoreSnapshot.TakeAsync(target.Store);
        var parks = await target.Store.GetLayerAsync("parks");
        var (layer, features) = ParksWithNewFields(Dataset);

        await target.Writer.WriteLayerAsync(layer, ImportMode.Replace, FeatureStreams.Of(features));

        var layers = await target.Store.GetLayersAsync();
        Assert.Equal(Dataset.Layers.Select(l => l.Id), layers.Select(l => l.Id));
        var replaced = layers.Single(l => l.Id == "parks");
        Assert.Equal(layer.Fields, replaced.Fields);
        Assert.Equal(layer.TitleEn, replaced.TitleEn);
        Assert.Equal(features.Count, replaced.FeatureCount);
        Assert.Equal(Extent(features), replaced.Extent);
        Assert.NotEqual(parks!.Extent, replaced.Extent);
        var stored = await target.Store.ScanAsync("parks", null, null).ToListAsync();
        Assert.Equal(InIdOrder(features), stored.Select(StoreSnapshot.Describe));
        Assert.All(stored, f => Assert.Equal(["area_ha", "open_all_day"], f.Attributes.Keys.Order(StringComparer.Ordinal)));

        // The new features are found through the collection's spatial index like the old ones were.
        var added = features[^1].Geometry.EnvelopeInternal;
        Assert.True(BoundingBox.TryCreate(added.MinX, added.MinY, added.MaxX, added.MaxY, out var box, out _));
        var inBox = await target.Store.QueryAsync(new FeatureQuery("parks", box, [], 100, 0));
        Assert.Contains(features[^1].Id, inBox.Features.Select(f => f.Id));

        var now = await StoreSnapshot.TakeAsync(target.Store);
        static bool NotPark(string feature) => !feature.StartsWith("parks |", StringComparison.Ordinal);
        Assert.Equal(before.Features.Where(NotPark), now.Features.Where(NotPark));
        Assert.Equal(before.TaskLinks, now.TaskLinks);
        await target.AssertConsistentAsync();
    }

    [SkippableFact]
    public async Task Append_adds_features_beside_the_collections_own()
    {
        await using var target = await fixture.CreateStoreAsync();
        var before = await StoreSnapshot.TakeAsync(target.Store);
        var stations = (await target.Store.GetLayerAsync("rail_stations"))!;
        var added = NewStations(25);

        var written = await target.Writer.WriteLayerAsync(StationsWithKindOnly(stations), ImportMode.Append, FeatureStreams.Of(added));

        Assert.Equal(25, written);
        var after = (await target.Store.GetLayerAsync("rail_stations"))!;
        Assert.Equal(stations.FeatureCount + 25, after.FeatureCount);
        Assert.Equal(stations.Fields, after.Fields);
        var extent = new Envelope(stations.Extent!);
        extent.ExpandToInclude(Extent(added));
        Assert.Equal(extent, after.Extent);
        var now = await StoreSnapshot.TakeAsync(target.Store);
        Assert.Equal(
            before.Features.Concat(added.Select(StoreSnapshot.Describe)).Order(StringComparer.Ordinal),
            now.Features.Order(StringComparer.Ordinal));
        await target.AssertConsistentAsync();
    }

    [SkippableTheory]
    [InlineData("missing", "it does not exist")]
    [InlineData("geometry", "it holds Point features, not MultiPoint ones")]
    [InlineData("field", "it has no field 'platforms'")]
    [InlineData("type", "its field 'kind' holds text values, not integer ones")]
    public async Task Append_refuses_a_collection_that_is_missing_or_differs_before_reading_a_feature(string difference, string message)
    {
        await using var target = await fixture.CreateStoreAsync();
        var before = await StoreSnapshot.TakeAsync(target.Store);
        var stations = StationsWithKindOnly((await target.Store.GetLayerAsync("rail_stations"))!);
        var layer = difference switch
        {
            "missing" => stations with { Id = "tram_stops" },
            "geometry" => stations with { GeometryType = OgcGeometryType.MultiPoint },
            "field" => stations with { Fields = [.. stations.Fields, new("platforms", FieldType.Integer)] },
            _ => stations with { Fields = [new("kind", FieldType.Integer)] },
        };
        var read = new StrongBox<int>();

        var refusal = await Assert.ThrowsAsync<LayerMismatchException>(
            () => target.Writer.WriteLayerAsync(layer, ImportMode.Append, FeatureStreams.Counting(NewStations(5), read)));

        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(layer.Id, refusal.Collection);
        Assert.Equal(0, read.Value);
        await before.AssertSameAsync(target.Store);
    }

    [SkippableTheory]
    [InlineData(ImportMode.Replace, "plots")]
    [InlineData(ImportMode.Replace, "parks")]
    [InlineData(ImportMode.Append, "rail_stations")]
    public async Task A_sequence_failing_part_way_leaves_the_store_as_it_was(ImportMode mode, string collection)
    {
        await using var target = await fixture.CreateStoreAsync();
        var (layer, features) = await ManyFeaturesForAsync(target.Store, collection, 20_000);
        var before = await StoreSnapshot.TakeAsync(target.Store);
        using var changes = new ChangeLog(target.Store);

        await Assert.ThrowsAsync<IOException>(
            () => target.Writer.WriteLayerAsync(layer, mode, FeatureStreams.FailingAfter(features, 15_000)));

        Assert.Empty(changes.Seen);
        await before.AssertSameAsync(target.Store);
        await target.AssertConsistentAsync();
    }

    [SkippableTheory]
    [InlineData(ImportMode.Replace, "plots")]
    [InlineData(ImportMode.Replace, "parks")]
    [InlineData(ImportMode.Append, "rail_stations")]
    public async Task A_write_cancelled_part_way_leaves_the_store_as_it_was(ImportMode mode, string collection)
    {
        await using var target = await fixture.CreateStoreAsync();
        var (layer, features) = await ManyFeaturesForAsync(target.Store, collection, 20_000);
        var before = await StoreSnapshot.TakeAsync(target.Store);
        using var changes = new ChangeLog(target.Store);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => target.Writer.WriteLayerAsync(
                layer, mode, FeatureStreams.CancellingAfter(features, 12_000, cancellation), cancellation.Token));

        Assert.Empty(changes.Seen);
        await before.AssertSameAsync(target.Store);
        await target.AssertConsistentAsync();
    }

    [SkippableTheory]
    [InlineData(ImportMode.Replace, "parks")]
    [InlineData(ImportMode.Append, "rail_stations")]
    public async Task Readers_see_the_collection_as_it_was_while_a_write_is_under_way_and_as_written_once_it_commits(
        ImportMode mode, string collection)
    {
        await using var target = await fixture.CreateStoreAsync();
        var (layer, features) = await ManyFeaturesForAsync(target.Store, collection, 2_000);
        var before = await StoreSnapshot.TakeAsync(target.Store);
        var count = (await target.Store.GetLayerAsync(collection))!.FeatureCount;
        var paused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writing = target.Writer.WriteLayerAsync(layer, mode, FeatureStreams.PausingAfter(features, 1_500, paused, resume.Task));
        await paused.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await before.AssertSameAsync(target.Store);
        resume.SetResult();
        var written = await writing;

        Assert.Equal(features.Count, written);
        Assert.Equal(mode == ImportMode.Append ? count + written : written, (await target.Store.GetLayerAsync(collection))!.FeatureCount);
        await target.AssertConsistentAsync();
    }

    [SkippableTheory]
    [InlineData(ImportMode.Replace, "plots", "station-zhongjie", "rail_stations")]
    [InlineData(ImportMode.Replace, "parks", "shenyang", "metro_cities")]
    [InlineData(ImportMode.Append, "rail_stations", "heping", "districts")]
    [InlineData(ImportMode.Append, "rail_stations", "station-zhongjie", "rail_stations")]
    public async Task An_id_another_feature_has_fails_the_write_naming_the_id_and_its_collection(
        ImportMode mode, string collection, string takenId, string holder)
    {
        await using var target = await fixture.CreateStoreAsync();
        var (layer, features) = await ManyFeaturesForAsync(target.Store, collection, 3_000);
        var before = await StoreSnapshot.TakeAsync(target.Store);
        using var changes = new ChangeLog(target.Store);
        var withTakenId = features.Select((f, i) => i == 2_500 ? f with { Id = takenId } : f);

        var duplicate = await Assert.ThrowsAsync<DuplicateFeatureIdException>(
            () => target.Writer.WriteLayerAsync(layer, mode, FeatureStreams.Of(withTakenId)));

        Assert.Equal(takenId, duplicate.FeatureId);
        Assert.Equal(holder, duplicate.Holder);
        Assert.Empty(changes.Seen);
        await before.AssertSameAsync(target.Store);
        await target.AssertConsistentAsync();
    }

    [SkippableTheory]
    [InlineData(ImportMode.Replace, "plots")]
    [InlineData(ImportMode.Replace, "parks")]
    [InlineData(ImportMode.Append, "rail_stations")]
    public async Task An_id_repeated_within_the_written_features_fails_the_write(ImportMode mode, string collection)
    {
        await using var target = await fixture.CreateStoreAsync();
        var (layer, features) = await ManyFeaturesForAsync(target.Store, collection, 3_000);
        var before = await StoreSnapshot.TakeAsync(target.Store);
        var repeated = features[10].Id;

        var duplicate = await Assert.ThrowsAsync<DuplicateFeatureIdException>(
            () => target.Writer.WriteLayerAsync(
                layer, mode, FeatureStreams.Of(features.Select((f, i) => i == 2_000 ? f with { Id = repeated } : f))));

        Assert.Equal(repeated, duplicate.FeatureId);
        Assert.Equal(collection, duplicate.Holder);
        await before.AssertSameAsync(target.Store);
        await target.AssertConsistentAsync();
    }

    [SkippableFact]
    public async Task Replacing_a_collection_without_a_feature_a_plan_task_names_is_refused()
    {
        await using var target = await fixture.CreateStoreAsync();
        var before = await StoreSnapshot.TakeAsync(target.Store);
        var (layer, features) = ParksWithNewFields(Dataset);
        var named = Dataset.Tasks.SelectMany(t => t.FeatureIds.Select(id => (Task: t.Id, Feature: id)))
            .First(link => features.Any(f => f.Id == link.Feature));

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(
            () => target.Writer.WriteLayerAsync(layer, ImportMode.Replace, FeatureStreams.Of(features.Where(f => f.Id != named.Feature))));

        Assert.Contains($"'{named.Task}'", refusal.Message, StringComparison.Ordinal);
        Assert.Contains($"'{named.Feature}'", refusal.Message, StringComparison.Ordinal);
        await before.AssertSameAsync(target.Store);
    }

    [SkippableTheory]
    [InlineData("geometry", "has a Point geometry, but the collection holds Polygon features")]
    [InlineData("srid", "SRID 4490")]
    [InlineData("attribute", "has the value 'many' (String) for the field 'approved_year', which holds integer values")]
    public async Task A_feature_that_does_not_fit_the_collection_fails_the_write_naming_it(string misfit, string message)
    {
        await using var target = await fixture.CreateStoreAsync();
        var before = await StoreSnapshot.TakeAsync(target.Store);
        var plots = GeneratedLayer.Create(200, 43);
        var bad = plots.Features[150] with { Id = "plot-misfit" };
        bad = misfit switch
        {
            "geometry" => bad with { Geometry = bad.Geometry.Centroid },
            "srid" => bad with { Geometry = new GeometryFactory(new PrecisionModel(), 4490).CreateGeometry(bad.Geometry) },
            _ => bad with { Attributes = new Dictionary<string, object?>(bad.Attributes) { ["approved_year"] = "many" } },
        };

        var refusal = await Assert.ThrowsAsync<ArgumentException>(
            () => target.Writer.WriteLayerAsync(plots.Layer, ImportMode.Replace, FeatureStreams.Of(plots.Features.Take(150).Append(bad))));

        Assert.Contains("'plot-misfit' (number 151 written to 'plots')", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
        await before.AssertSameAsync(target.Store);
    }

    [SkippableTheory]
    [InlineData("Plots")]
    [InlineData("plots; DROP TABLE parks")]
    [InlineData("gpkg_plots")]
    [InlineData("")]
    public async Task A_collection_id_that_cannot_name_a_table_is_refused_before_reading_a_feature(string id)
    {
        await using var target = await fixture.CreateStoreAsync();
        var plots = GeneratedLayer.Create(10, 44);
        var read = new StrongBox<int>();

        var refusal = await Assert.ThrowsAsync<ArgumentException>(
            () => target.Writer.WriteLayerAsync(
                plots.Layer with { Id = id }, ImportMode.Replace, FeatureStreams.Counting(plots.Features, read)));

        Assert.Contains($"'{id}' cannot be a collection id", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, read.Value);
        Assert.Equal(Dataset.Layers.Select(l => l.Id), (await target.Store.GetLayersAsync()).Select(l => l.Id));
    }

    [SkippableFact]
    public async Task Each_committed_write_raises_one_change_naming_the_collection_and_where_it_changed_once_readable()
    {
        await using var target = await fixture.CreateStoreAsync();
        var parks = (await target.Store.GetLayerAsync("parks"))!;
        var stations = (await target.Store.GetLayerAsync("rail_stations"))!;
        var plots = GeneratedLayer.Create(50, 45);
        var (newParks, parkFeatures) = ParksWithNewFields(Dataset);
        var addedStations = NewStations(3);
        using var changes = new ChangeLog(target.Store);

        await target.Writer.WriteLayerAsync(plots.Layer, ImportMode.Replace, FeatureStreams.Of(plots.Features));
        await target.Writer.WriteLayerAsync(newParks, ImportMode.Replace, FeatureStreams.Of(parkFeatures));
        await target.Writer.WriteLayerAsync(StationsWithKindOnly(stations), ImportMode.Append, FeatureStreams.Of(addedStations));

        List<(FeatureChange, long)> expected =
        [
            (new FeatureChange("plots", null, plots.Layer.Extent), 50),
            (new FeatureChange("parks", parks.Extent, Extent(parkFeatures)), parkFeatures.Count),
            (new FeatureChange("rail_stations", null, Extent(addedStations)), stations.FeatureCount + 3),
        ];
        Assert.Equal(expected, changes.Seen);
    }

    [SkippableFact]
    public async Task An_empty_replace_leaves_an_empty_collection_without_an_extent()
    {
        await using var target = await fixture.CreateStoreAsync();
        var plots = GeneratedLayer.Create(0, 46);

        var written = await target.Writer.WriteLayerAsync(plots.Layer, ImportMode.Replace, FeatureStreams.Of([]));

        Assert.Equal(0, written);
        var layer = (await target.Store.GetLayerAsync("plots"))!;
        Assert.Equal(0, layer.FeatureCount);
        Assert.Null(layer.Extent);
        Assert.Equal(0, (await target.Store.QueryAsync(new FeatureQuery("plots", null, [], 10, 0))).NumberMatched);
        await target.AssertConsistentAsync();
    }

    [SkippableFact]
    public async Task A_million_features_stream_in_while_memory_stays_flat()
    {
        await using var target = await fixture.CreateStoreAsync();
        const int Count = 1_000_000;
        var memory = new long[2];
        var layer = new LayerInfo(
            "survey_points",
            "测量点",
            "Survey points",
            "Generated points about ten metres apart.",
            OgcGeometryType.Point,
            [new("sequence", FieldType.Integer)],
            null,
            0);

        var written = await target.Writer.WriteLayerAsync(layer, ImportMode.Replace, SurveyPoints(Count, memory));

        Assert.Equal(Count, written);
        var stored = (await target.Store.GetLayerAsync("survey_points"))!;
        Assert.Equal(Count, stored.FeatureCount);
        Assert.Equal(new Envelope(123, 123 + (999 * 0.0001), 41.5, 41.5 + (999 * 0.0001)), stored.Extent);
        Assert.Equal(999_999L, (await target.Store.GetFeatureAsync("survey_points", "point-999999"))!.Attributes["sequence"]);
        Assert.True(BoundingBox.TryCreate(122.99995, 41.49995, 123.00095, 41.50095, out var corner, out _));
        Assert.Equal(100, (await target.Store.QueryAsync(new FeatureQuery("survey_points", corner, [], 10, 0))).NumberMatched);
        // What is still reachable after 900,000 more features were handed out: features held, or their ids, would be tens of megabytes.
        Assert.InRange(memory[1] - memory[0], long.MinValue, 16L << 20);
    }

    // Points on a grid of about 10 m, 1,000 a row; the managed memory is measured once a tenth and once all have been handed out.
    private static async IAsyncEnumerable<PlanFeature> SurveyPoints(int count, long[] memory)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == count / 10)
            {
                memory[0] = GC.GetTotalMemory(forceFullCollection: true);
            }

            if (i % 10_000 == 0)
            {
                await Task.Yield();
            }

            yield return new PlanFeature
            {
                Id = $"point-{i}",
                Layer = "survey_points",
                Geometry = Wgs84.CreatePoint(new Coordinate(123 + (i % 1000 * 0.0001), 41.5 + (i / 1000 % 1000 * 0.0001))),
                NameZh = "测量点",
                NameEn = "Survey point",
                Status = FeatureStatus.Operating,
                Source = "generated",
                AccuracyM = 1,
                Attributes = new Dictionary<string, object?> { ["sequence"] = (long)i },
            };
        }

        memory[1] = GC.GetTotalMemory(forceFullCollection: true);
    }

    // A layer to write into the collection and enough features to fill several of SQLite's and COPY's buffers.
    private async Task<(LayerInfo Layer, List<PlanFeature> Features)> ManyFeaturesForAsync(
        IFeatureStore store, string collection, int count)
    {
        switch (collection)
        {
            case "plots":
                var plots = GeneratedLayer.Create(count, 47);
                return (plots.Layer, plots.Features.ToList());
            case "parks":
                var (parks, features) = ParksWithNewFields(Dataset);
                var more = GeneratedLayer.Create(count, 48).Features.Select(f => f with
                {
                    Layer = "parks",
                    Geometry = Wgs84.CreateMultiPolygon([(Polygon)f.Geometry]),
                    Attributes = new Dictionary<string, object?> { ["area_ha"] = 1.5, ["open_all_day"] = true },
                });
                return (parks, [.. features, .. more]);
            default:
                return (StationsWithKindOnly((await store.GetLayerAsync(collection))!), NewStations(count));
        }
    }

    // The parks, keeping their ids (plan tasks name some), with two new fields in place of their own, and one park more.
    private static (LayerInfo Layer, List<PlanFeature> Features) ParksWithNewFields(PlanDataset dataset)
    {
        var parks = dataset.Layers.Single(l => l.Id == "parks");
        var layer = parks with
        {
            TitleEn = "Parks (resurveyed)",
            Fields = [new("area_ha", FieldType.Real), new("open_all_day", FieldType.Boolean)],
        };
        var features = dataset.Features.Where(f => f.Layer == "parks")
            .Select((f, i) => f with
            {
                Attributes = new Dictionary<string, object?> { ["area_ha"] = 10.5 + i, ["open_all_day"] = i % 2 == 0 },
            })
            .ToList();
        var square = Wgs84.CreatePolygon([new(123.9, 42.1), new(123.91, 42.1), new(123.91, 42.11), new(123.9, 42.11), new(123.9, 42.1)]);
        features.Add(features[0] with
        {
            Id = "park-resurveyed-1",
            Geometry = Wgs84.CreateMultiPolygon([square]),
            NameEn = "Resurveyed park",
            Attributes = new Dictionary<string, object?> { ["area_ha"] = null, ["open_all_day"] = false },
        });
        return (layer, features);
    }

    private static LayerInfo StationsWithKindOnly(LayerInfo stations) => stations with
    {
        Fields = [new("kind", FieldType.Text)],
        Extent = null,
        FeatureCount = 0,
    };

    private static List<PlanFeature> NewStations(int count) => Enumerable.Range(1, count).Select(i => new PlanFeature
    {
        Id = $"station-new-{i}",
        Layer = "rail_stations",
        Geometry = Wgs84.CreatePoint(new Coordinate(123.2 + (i % 100 * 0.001), 41.6 + (i / 100 * 0.001))),
        NameZh = $"新站 {i}",
        NameEn = $"New station {i}",
        Status = FeatureStatus.Planned,
        TargetYear = 2030,
        Source = "survey 2025",
        AccuracyM = 20,
        Attributes = new Dictionary<string, object?> { ["kind"] = "metro" },
    }).ToList();

    private static IEnumerable<string> InIdOrder(IEnumerable<PlanFeature> features) =>
        features.OrderBy(f => f.Id, StringComparer.Ordinal).Select(StoreSnapshot.Describe);

    private static Envelope Extent(IEnumerable<PlanFeature> features)
    {
        var extent = new Envelope();
        foreach (var feature in features)
        {
            extent.ExpandToInclude(feature.Geometry.EnvelopeInternal);
        }

        return extent;
    }

    // Records each change raised with the changed collection's count as read from inside the handler: the write is readable by then.
    private sealed class ChangeLog : IDisposable
    {
        private readonly IFeatureStore _store;

        public ChangeLog(IFeatureStore store)
        {
            _store = store;
            _store.Changed += OnChanged;
        }

        public List<(FeatureChange Change, long CountSeen)> Seen { get; } = [];

        public void Dispose() => _store.Changed -= OnChanged;

        private void OnChanged(object? sender, FeatureChange change) =>
            Seen.Add((change, _store.GetLayerAsync(change.Collection!).GetAwaiter().GetResult()?.FeatureCount ?? -1));
    }
}
