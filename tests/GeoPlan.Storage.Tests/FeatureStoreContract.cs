using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using NetTopologySuite.Geometries;

namespace GeoPlan.Storage.Tests;

/// <summary>What every store must answer identically: run once per store through a one-line subclass.</summary>
/// <remarks>Skippable, because a fixture whose server is not configured skips (or, in CI, fails) each test through <see cref="IStoreFixture.Store"/>.</remarks>
public abstract class FeatureStoreContract<TFixture>(TFixture fixture)
    where TFixture : class, IStoreFixture
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    private IFeatureStore Store => fixture.Store;

    private PlanDataset Dataset => fixture.Dataset;

    [SkippableFact]
    public async Task Layers_are_listed_in_order_with_their_counts_types_and_fields()
    {
        var layers = await Store.GetLayersAsync();

        Assert.Equal(Dataset.Layers.Select(l => l.Id), layers.Select(l => l.Id));
        foreach (var expected in Dataset.Layers)
        {
            var actual = layers.Single(l => l.Id == expected.Id);
            Assert.Equal(Dataset.Features.Count(f => f.Layer == expected.Id), actual.FeatureCount);
            Assert.Equal(expected.GeometryType, actual.GeometryType);
            Assert.Equal(expected.Fields, actual.Fields);
            Assert.Equal(expected.TitleZh, actual.TitleZh);
            Assert.Equal(expected.Extent, actual.Extent);
        }
    }

    [SkippableFact]
    public async Task Every_feature_reads_back_as_written()
    {
        foreach (var expected in Dataset.Features)
        {
            var actual = await Store.GetFeatureAsync(expected.Layer, expected.Id);

            Assert.NotNull(actual);
            Assert.True(expected.Geometry.EqualsExact(actual.Geometry), $"{expected.Id}: geometry differs");
            Assert.Equal(expected with { Geometry = actual.Geometry, Attributes = actual.Attributes }, actual);
            Assert.Equal(expected.Attributes.OrderBy(p => p.Key), actual.Attributes.OrderBy(p => p.Key));
        }
    }

    [SkippableFact]
    public async Task Unknown_layer_and_feature_are_null()
    {
        Assert.Null(await Store.GetLayerAsync("no_such_layer"));
        Assert.Null(await Store.GetFeatureAsync("rail_stations", "no-such-feature"));
        Assert.Null(await Store.GetFeatureAsync("no_such_layer", "station-zhongjie"));
    }

    [SkippableFact]
    public async Task Bbox_query_returns_exactly_the_intersecting_features_in_id_order()
    {
        var random = new Random(20231);
        var bounds = GeoPlan.Core.MetropolitanArea.Bounds;
        foreach (var layer in Dataset.Layers)
        {
            for (var i = 0; i < 12; i++)
            {
                // Boxes from 1 km to 100 km across, inside and around the metropolitan area.
                var size = Math.Pow(10, random.NextDouble() * 2 - 2);
                var x = bounds.MinX + random.NextDouble() * bounds.Width;
                var y = bounds.MinY + random.NextDouble() * bounds.Height;
                Assert.True(BoundingBox.TryCreate(x, y, x + size, y + size * 0.75, out var box, out _));

                var page = await Store.QueryAsync(new FeatureQuery(layer.Id, box, [], FeatureQuery.MaxLimit, 0));

                var rectangle = Wgs84.ToGeometry(box.ToEnvelope());
                var expected = Dataset.Features
                    .Where(f => f.Layer == layer.Id && f.Geometry.Intersects(rectangle))
                    .Select(f => f.Id)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                Assert.Equal(expected, page.Features.Select(f => f.Id));
                Assert.Equal(expected.Count, page.NumberMatched);
            }
        }
    }

    [SkippableFact]
    public async Task A_box_touching_only_a_features_envelope_does_not_return_it()
    {
        // The south-east corner of Shenyang's envelope lies outside the city, which is no rectangle.
        var city = Dataset.Features.Single(f => f.Id == "shenyang");
        var envelope = city.Geometry.EnvelopeInternal;
        Assert.True(BoundingBox.TryCreate(envelope.MaxX - 0.01, envelope.MinY, envelope.MaxX, envelope.MinY + 0.01, out var corner, out _));
        Assert.False(city.Geometry.Intersects(Wgs84.ToGeometry(corner.ToEnvelope())));

        var page = await Store.QueryAsync(new FeatureQuery("metro_cities", corner, [new PropertyFilter("name_zh", "沈阳市")], 10, 0));

        Assert.Empty(page.Features);
    }

    [SkippableTheory]
    [InlineData("rail_stations", "status", "operating")]
    [InlineData("rail_lines", "mode", "metro")]
    [InlineData("rail_stations", "open_year", 2023L)]
    [InlineData("districts", "kind", "district")]
    public async Task Property_filters_select_exactly_the_equal_features(string layer, string field, object value)
    {
        var page = await Store.QueryAsync(new FeatureQuery(layer, null, [new PropertyFilter(field, value)], FeatureQuery.MaxLimit, 0));

        var expected = Dataset.Features
            .Where(f => f.Layer == layer && Equals(ValueOf(f, field), value))
            .Select(f => f.Id)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.Features.Select(f => f.Id));
    }

    [SkippableTheory]
    [InlineData(2019)]
    [InlineData(2023)]
    [InlineData(2025)]
    [InlineData(2035)]
    public async Task A_scenario_year_selects_the_features_that_exist_then(int year)
    {
        var scenario = new ScenarioYear(year);
        foreach (var layer in Dataset.Layers)
        {
            var page = await Store.QueryAsync(new FeatureQuery(layer.Id, null, [], FeatureQuery.MaxLimit, 0, scenario));

            var expected = Dataset.Features
                .Where(f => f.Layer == layer.Id && scenario.Includes(f))
                .Select(f => f.Id)
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.Equal(expected, page.Features.Select(f => f.Id));
        }
    }

    [SkippableTheory]
    [InlineData(null)]
    [InlineData(2023)]
    [InlineData(2025)]
    public async Task A_scan_gives_every_feature_in_the_box_and_scenario_in_id_order_read_whole(int? year)
    {
        var random = new Random(4090);
        var bounds = GeoPlan.Core.MetropolitanArea.Bounds;
        var scenario = year is { } y ? new ScenarioYear(y) : (ScenarioYear?)null;
        foreach (var layer in Dataset.Layers)
        {
            var size = Math.Pow(10, random.NextDouble() * 2 - 1.5);
            var x = bounds.MinX + random.NextDouble() * (bounds.Width - size);
            var top = bounds.MinY + random.NextDouble() * (bounds.Height - size);
            Assert.True(BoundingBox.TryCreate(x, top, x + size, top + size, out var box, out _));

            var scanned = await Store.ScanAsync(layer.Id, box, scenario).ToListAsync();
            var everything = await Store.ScanAsync(layer.Id, null, null).ToListAsync();

            var rectangle = Wgs84.ToGeometry(box.ToEnvelope());
            var expected = Dataset.Features
                .Where(f => f.Layer == layer.Id && f.Geometry.Intersects(rectangle) && (scenario is not { } s || s.Includes(f)))
                .Select(f => f.Id)
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, scanned.Select(f => f.Id));
            Assert.Equal(Dataset.Features.Where(f => f.Layer == layer.Id).Select(f => f.Id).Order(StringComparer.Ordinal), everything.Select(f => f.Id));
            Assert.All(everything, f => Assert.Equal(Dataset.Features.Single(d => d.Id == f.Id).Attributes.OrderBy(p => p.Key), f.Attributes.OrderBy(p => p.Key)));
        }
    }

    [SkippableFact]
    public async Task A_scan_of_an_unknown_layer_is_the_callers_mistake()
    {
        await Assert.ThrowsAsync<ArgumentException>(async () => await Store.ScanAsync("no_such_layer", null, null).ToListAsync());
    }

    [SkippableFact]
    public async Task Paging_is_stable_and_complete()
    {
        var all = Dataset.Features.Where(f => f.Layer == "rail_stations").Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        var seen = new List<string>();
        for (long offset = 0; offset < all.Count + 7; offset += 7)
        {
            var page = await Store.QueryAsync(new FeatureQuery("rail_stations", null, [], 7, offset));
            Assert.Equal(all.Count, page.NumberMatched);
            seen.AddRange(page.Features.Select(f => f.Id));
        }

        Assert.Equal(all, seen);
    }

    [SkippableFact]
    public async Task Features_by_id_come_from_any_layer_in_the_order_asked()
    {
        var features = await Store.GetFeaturesByIdAsync(["station-zhongjie", "no-such-id", "shenyang", "heping"]);

        Assert.Equal(["station-zhongjie", "shenyang", "heping"], features.Select(f => f.Id));
        Assert.Equal(["rail_stations", "metro_cities", "districts"], features.Select(f => f.Layer));
    }

    [SkippableFact]
    public async Task Tasks_read_back_as_written()
    {
        var tasks = await Store.GetTasksAsync();

        Assert.Equal(Dataset.Tasks.Count, tasks.Count);
        for (var i = 0; i < tasks.Count; i++)
        {
            var expected = Dataset.Tasks[i];
            Assert.Equal(expected with { Targets = tasks[i].Targets, FeatureIds = tasks[i].FeatureIds }, tasks[i]);
            Assert.Equal(expected.Targets, tasks[i].Targets);
            Assert.Equal(expected.FeatureIds, tasks[i].FeatureIds);
        }

        Assert.Equal(Dataset.Tasks.Single(t => t.Id == "3.1.2").TextZh, (await Store.GetTaskAsync("3.1.2"))?.TextZh);
        Assert.Null(await Store.GetTaskAsync("99.9"));
    }

    [SkippableFact]
    public async Task Tasks_naming_a_feature_are_those_that_link_it()
    {
        foreach (var featureId in Dataset.Tasks.SelectMany(t => t.FeatureIds).Distinct().Take(20))
        {
            var tasks = await Store.GetTasksNamingAsync(featureId);

            Assert.Equal(Dataset.Tasks.Where(t => t.FeatureIds.Contains(featureId)).Select(t => t.Id), tasks.Select(t => t.Id));
        }
    }

    [SkippableFact]
    public async Task The_34_indicators_read_back_as_written()
    {
        var indicators = await Store.GetIndicatorsAsync();

        Assert.Equal(Enumerable.Range(1, 34), indicators.Select(i => i.Id));
        for (var i = 0; i < indicators.Count; i++)
        {
            Assert.Equal(Dataset.Indicators[i] with { TaskIds = indicators[i].TaskIds }, indicators[i]);
            Assert.Equal(Dataset.Indicators[i].TaskIds, indicators[i].TaskIds);
        }
    }

    private static object? ValueOf(PlanFeature feature, string field) => field switch
    {
        "status" => WireName.Of(feature.Status),
        "open_year" => (long?)feature.OpenYear,
        _ => feature.Attributes.GetValueOrDefault(field),
    };
}
