using GeoPlan.Core.Model;
using GeoPlan.Geodata;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Storage.Tests.Network;

/// <summary>The generated road network benchmarks and the pgRouting cross-check rely on: sized as asked, seeded, joined at junctions.</summary>
public sealed class GeneratedRoadNetworkTests
{
    [Fact]
    public void Has_at_least_the_segments_asked_for_and_the_same_seed_gives_the_same_roads()
    {
        var first = GeneratedRoadNetwork.Create(20_000, seed: 3);
        var again = GeneratedRoadNetwork.Create(20_000, seed: 3);
        var other = GeneratedRoadNetwork.Create(20_000, seed: 4);

        Assert.InRange(first.SegmentCount, 20_000, 24_000);
        Assert.Equal(first.Features.Sum(f => f.Geometry.NumPoints - 1), first.SegmentCount);
        Assert.Equal(first.Features.Select(f => f.Geometry.AsText()), again.Features.Select(f => f.Geometry.AsText()));
        Assert.NotEqual(first.Features.Select(f => f.Geometry.AsText()), other.Features.Select(f => f.Geometry.AsText()));
    }

    [Fact]
    public void Streets_cross_at_shared_vertices_and_expressways_join_the_grids_of_the_cities_they_link()
    {
        var network = GeneratedRoadNetwork.Create(20_000, seed: 3);
        var features = network.Features;
        var useCount = features.SelectMany(f => f.Geometry.Coordinates.Select(c => (c.X, c.Y)).Distinct())
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var streets = features.Where(f => (string?)f.Attributes["road_class"] != "motorway").ToList();
        var expressways = features.Except(streets).ToList();

        // Every street vertex is a junction of exactly one east-west and one north-south street (an expressway may add a third).
        Assert.All(streets.SelectMany(s => s.Geometry.Coordinates), c => Assert.InRange(useCount[(c.X, c.Y)], 2, 3));
        Assert.Equal(8, expressways.Count);
        Assert.All(expressways, e =>
        {
            var line = (LineString)e.Geometry;
            Assert.True(useCount[(line.StartPoint.X, line.StartPoint.Y)] >= 3, $"{e.Id} starts off its grid");
            Assert.True(useCount[(line.EndPoint.X, line.EndPoint.Y)] >= 3, $"{e.Id} ends off its grid");
        });
        Assert.All(features, f =>
        {
            Assert.Equal("generated", f.Source);
            Assert.Equal(FeatureStatus.Operating, f.Status);
            Assert.IsType<double>(f.Attributes["speed_kmh"]);
        });
        Assert.Contains(streets, s => s.Attributes["oneway"] is true);
        Assert.Contains(streets, s => (string?)s.Attributes["road_class"] == "primary");
    }

    [Fact]
    public void Written_as_geodata_the_roads_read_back_valid_beside_the_bundled_roads()
    {
        using var directory = new TemporaryDirectory();
        var network = GeneratedGeodata.WriteRoads(directory.Path, 5_000, seed: 3);

        var read = GeodataReader.Read(new GeodataDirectory(directory.Path));

        Assert.True(read.IsValid, string.Join("; ", read.Problems.Take(5)));
        var bundled = BundledGeodata.Result.Dataset.Features.Where(f => f.Layer == "roads").Select(f => f.Id);
        var roads = read.Dataset.Features.Where(f => f.Layer == "roads").ToList();
        Assert.Equal(bundled.Concat(network.Features.Select(f => f.Id)), roads.Select(f => f.Id));
        var generated = roads.Skip(roads.Count - network.Features.Count).ToList();
        Assert.Equal(network.Features.Select(f => f.Geometry.Coordinates), generated.Select(f => f.Geometry.Coordinates));
        Assert.Equal(network.Features.Select(f => f.Attributes["oneway"]), generated.Select(f => f.Attributes["oneway"]));
    }

    [Fact]
    public void Each_city_grid_is_centred_in_its_city()
    {
        var cities = BundledGeodata.Result.Dataset.Features.Where(f => f.Layer == "metro_cities").ToDictionary(f => f.Id);
        var network = GeneratedRoadNetwork.Create(500_000, seed: 7);

        Assert.True(network.SegmentCount >= 500_000);
        var grids = network.Features.Where(f => !f.Id.StartsWith("road-gen-expressway-", StringComparison.Ordinal)).GroupBy(f => f.Id.Split('-')[2]);
        Assert.Equal(7, grids.Count());
        foreach (var grid in grids)
        {
            var extent = new Envelope();
            grid.ToList().ForEach(f => extent.ExpandToInclude(f.Geometry.EnvelopeInternal));
            // The city outlines are sketches, good to their accuracy_m (about 111 km a degree of latitude).
            var city = cities[grid.Key];
            var centre = new GeometryFactory().CreatePoint(extent.Centre);
            Assert.True(city.Geometry.Buffer(city.AccuracyM / 111_000).Contains(centre), $"the {grid.Key} grid is centred outside the city");
        }
    }
}
