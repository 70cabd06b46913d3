using GeoPlan.Core;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Testing;

namespace GeoPlan.Storage.Tests;

/// <summary>The GeoPackage and PostGIS stores give the same answers to the same random queries over 100,000 plots and the geodata.</summary>
public sealed class DifferentialTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private readonly Dictionary<string, List<PlanFeature>> _featuresOf =
        fixture.Dataset.Features.GroupBy(f => f.Layer).ToDictionary(g => g.Key, g => g.ToList());

    [SkippableFact]
    public async Task A_thousand_random_bbox_property_and_paging_queries_get_identical_pages_from_both_stores()
    {
        TestPostGis.Require();
        var random = new Random(31337);
        var nonEmpty = 0;
        for (var i = 0; i < 1_000; i++)
        {
            var query = RandomQuery(random);

            var expected = await fixture.GeoPackage!.QueryAsync(query);
            var actual = await fixture.PostGis!.QueryAsync(query);

            Assert.True(
                expected.NumberMatched == actual.NumberMatched,
                $"query {i} {Describe(query)}: {expected.NumberMatched} vs {actual.NumberMatched} matched");
            Assert.True(
                expected.Features.Select(f => f.Id).SequenceEqual(actual.Features.Select(f => f.Id)),
                $"query {i} {Describe(query)}: pages differ");
            for (var k = 0; k < expected.Features.Count; k++)
            {
                var (want, got) = (expected.Features[k], actual.Features[k]);
                Assert.True(want.Geometry.EqualsExact(got.Geometry), $"query {i}: {want.Id} geometry differs");
                Assert.Equal(want with { Geometry = got.Geometry, Attributes = got.Attributes }, got);
                Assert.Equal(want.Attributes.OrderBy(p => p.Key), got.Attributes.OrderBy(p => p.Key));
            }

            nonEmpty += expected.Features.Count > 0 ? 1 : 0;
        }

        // The comparison means something only if most queries find features.
        Assert.True(nonEmpty > 500, $"only {nonEmpty} of 1,000 queries returned features");
    }

    [SkippableFact]
    public async Task The_in_memory_index_scans_exactly_as_both_stores_do()
    {
        TestPostGis.Require();
        var random = new Random(4242);
        var indexes = new Dictionary<string, FeatureIndex>();
        foreach (var layer in fixture.Dataset.Layers)
        {
            indexes[layer.Id] = await FeatureIndex.LoadAsync(fixture.PostGis!, layer.Id, CancellationToken.None);
        }

        var nonEmpty = 0;
        for (var i = 0; i < 500; i++)
        {
            var query = RandomQuery(random);
            ScenarioYear? scenario = random.Next(3) switch { 0 => null, 1 => new ScenarioYear(2023), _ => new ScenarioYear(2025) };

            var fromMemory = indexes[query.Layer].Scan(query.Bbox, scenario).Select(f => f.Id).ToList();
            var fromGeoPackage = await fixture.GeoPackage!.ScanAsync(query.Layer, query.Bbox, scenario).Select(f => f.Id).ToListAsync();
            var fromPostGis = await fixture.PostGis!.ScanAsync(query.Layer, query.Bbox, scenario).Select(f => f.Id).ToListAsync();

            Assert.True(fromPostGis.SequenceEqual(fromMemory), $"scan {i} {Describe(query)} {scenario}: PostGIS and memory differ");
            Assert.True(fromGeoPackage.SequenceEqual(fromMemory), $"scan {i} {Describe(query)} {scenario}: GeoPackage and memory differ");
            nonEmpty += fromMemory.Count > 0 ? 1 : 0;
        }

        Assert.True(nonEmpty > 250, $"only {nonEmpty} of 500 scans found features");
    }

    [SkippableFact]
    public async Task Bbox_queries_on_the_large_layer_use_its_gist_index()
    {
        TestPostGis.Require();
        var plan = await PostGisMigrationTests.ColumnAsync<string>(
            fixture.Database!.DataSource,
            "EXPLAIN SELECT * FROM layers.plots WHERE geom && ST_MakeEnvelope(123.3, 41.7, 123.4, 41.8, 4326) ORDER BY id COLLATE \"C\" LIMIT 10");

        Assert.Contains(plan, line => line.Contains("plots_geom", StringComparison.Ordinal));
    }

    private FeatureQuery RandomQuery(Random random)
    {
        // Most queries go to the large layer, where paging and boxes matter; the rest cover every geodata layer.
        var layer = random.Next(10) < 7 ? "plots" : fixture.Dataset.Layers[random.Next(fixture.Dataset.Layers.Count - 1)].Id;
        var info = fixture.Dataset.Layers.Single(l => l.Id == layer);
        var features = _featuresOf[layer];
        BoundingBox? bbox = random.Next(10) < 6 ? RandomBox(random, features[random.Next(features.Count)]) : null;
        var filters = new List<PropertyFilter>();
        for (var n = random.Next(10) switch { < 5 => 0, < 8 => 1, _ => 2 }; n > 0; n--)
        {
            // A value some feature really has, so filters select something.
            var field = LayerInfo.CommonFields.Concat(info.Fields).ElementAt(random.Next(LayerInfo.CommonFields.Count + info.Fields.Count));
            if (FeatureColumns.ValueOf(features[random.Next(features.Count)], field.Name) is { } value && field.Name is not ("name_zh" or "name_en"))
            {
                filters.Add(new PropertyFilter(field.Name, value));
            }
        }

        var limit = random.Next(10) switch { 0 => 1, < 5 => 10, < 9 => random.Next(1, 200), _ => 1_000 };
        var offset = random.Next(2) == 0 ? 0 : random.Next(0, random.Next(2) == 0 ? 20 : 1_000);
        return new FeatureQuery(layer, bbox, filters, limit, offset);
    }

    // Boxes from about 100 m to 100 km across, around a feature so that most of them hit something.
    private static BoundingBox RandomBox(Random random, PlanFeature near)
    {
        var size = Math.Pow(10, (random.NextDouble() * 3) - 3);
        var centre = near.Geometry.EnvelopeInternal.Centre;
        var x = Math.Clamp(centre.X - (random.NextDouble() * size), MetropolitanArea.Bounds.MinX - 1, MetropolitanArea.Bounds.MaxX);
        var y = Math.Clamp(centre.Y - (random.NextDouble() * size), MetropolitanArea.Bounds.MinY - 1, MetropolitanArea.Bounds.MaxY);
        Assert.True(BoundingBox.TryCreate(x, y, x + size, y + (size * 0.8), out var box, out var error), error);
        return box;
    }

    private static string Describe(FeatureQuery q) =>
        $"{q.Layer} bbox={q.Bbox} filters=[{string.Join(", ", q.Filters.Select(f => $"{f.Field}={f.Value}"))}] limit={q.Limit} offset={q.Offset}";
}
