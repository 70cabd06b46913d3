using GeoPlan.Interchange.Reading;
using GeoPlan.Interchange.Reading.Osm;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Tests.Osm;

/// <summary>An OSM XML extract read as roads, railways and stations: what is kept, what is left out, and the attributes.</summary>
public sealed class OsmSourceTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly string _path;

    public OsmSourceTests() => _path = OsmTestFile.WriteXml(_directory);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Roads_are_the_motor_road_classes_in_file_order()
    {
        var roads = OsmTestFile.Read(_path, OsmLayers.Roads);

        Assert.Equal(
            [100, 101, 102, 103, 104, 106, 107, 108, 110],
            roads.Select(road => (long)road.Attributes["osm_id"]!));
        Assert.Equal("osm-way-101", roads[1].Id);
        Assert.Equal("way 101", roads[1].Position);
    }

    [Fact]
    public void A_road_is_a_line_through_its_nodes_in_longitude_latitude()
    {
        var road = Road("osm-way-101");

        var line = Assert.IsType<LineString>(road.Geometry);
        Assert.Equal([new(123.42, 41.80), new(123.43, 41.81), new Coordinate(123.44, 41.81)], line.Coordinates);
        Assert.Null(road.GeometryProblem);
    }

    [Fact]
    public void A_road_carries_class_names_ref_lanes_and_its_signed_speed()
    {
        var motorway = Road("osm-way-100").Attributes;

        Assert.Equal(100L, motorway["osm_id"]);
        Assert.Equal("motorway", motorway["highway"]);
        Assert.Equal("沈海高速", motorway["name"]);
        Assert.Equal("沈海高速公路", motorway["name_zh"]);
        Assert.Equal("Shenhai Expressway", motorway["name_en"]);
        Assert.Equal("G15", motorway["ref"]);
        Assert.Equal(120.0, motorway["maxspeed_kmh"]);
        Assert.Equal(120.0, motorway["speed_kmh"]);
        Assert.Equal("maxspeed", motorway["speed_source"]);
        Assert.Equal(3L, motorway["lanes"]);
    }

    [Fact]
    public void Speeds_in_mph_are_converted_and_units_are_read()
    {
        Assert.Equal(40 * 1.609344, (double)Road("osm-way-101").Attributes["maxspeed_kmh"]!, 9);
        Assert.Equal(60.0, Road("osm-way-104").Attributes["maxspeed_kmh"]);
    }

    [Fact]
    public void A_zone_code_maxspeed_is_unknown_and_the_class_default_is_used_and_labelled()
    {
        var secondary = Road("osm-way-102").Attributes;

        Assert.Null(secondary["maxspeed_kmh"]);
        Assert.Equal(OsmRoadClasses.DefaultSpeedsKmh["secondary"], secondary["speed_kmh"]);
        Assert.Equal("class default", secondary["speed_source"]);
    }

    [Fact]
    public void Without_a_maxspeed_tag_the_class_default_is_used()
    {
        var trunk = Road("osm-way-110").Attributes;

        Assert.Null(trunk["maxspeed_kmh"]);
        Assert.Equal(80.0, trunk["speed_kmh"]);
        Assert.Equal("class default", trunk["speed_source"]);
    }

    [Fact]
    public void Oneway_is_a_boolean_with_reverse_for_minus_one_and_implied_for_roundabouts_and_motorways()
    {
        Assert.Equal((true, false), Oneway("osm-way-101"));
        Assert.Equal((true, true), Oneway("osm-way-103"));
        Assert.Equal((false, false), Oneway("osm-way-102"));
        Assert.Equal((false, false), Oneway("osm-way-110"));
        Assert.Equal((true, false), Oneway("osm-way-108"));
        Assert.Equal((true, false), Oneway("osm-way-100"));
    }

    [Fact]
    public void Name_zh_falls_back_to_name_and_name_en_may_be_missing()
    {
        var street = Road("osm-way-103").Attributes;

        Assert.Equal("长江街", street["name_zh"]);
        Assert.Null(street["name_en"]);
        Assert.Null(street["ref"]);
    }

    [Fact]
    public void Lanes_that_are_not_one_whole_number_are_unknown() => Assert.Null(Road("osm-way-110").Attributes["lanes"]);

    [Fact]
    public void Every_road_has_the_same_fields()
    {
        var fields = OsmTestFile.Read(_path, OsmLayers.Roads).Select(road => string.Join(",", road.Attributes.Keys)).Distinct();

        Assert.Equal(
            "osm_id,highway,name,name_zh,name_en,ref,oneway,oneway_reverse,maxspeed_kmh,speed_kmh,speed_source,lanes",
            Assert.Single(fields));
    }

    [Fact]
    public void A_way_using_a_node_missing_from_the_extract_has_no_geometry_and_says_which_node()
    {
        var cut = Road("osm-way-106");

        Assert.Null(cut.Geometry);
        Assert.Contains("way 106", cut.GeometryProblem, StringComparison.Ordinal);
        Assert.Contains("node 999", cut.GeometryProblem, StringComparison.Ordinal);
        Assert.Equal("service", cut.Attributes["highway"]);
    }

    [Fact]
    public void A_way_of_one_node_has_no_geometry_and_says_why()
    {
        var stub = Road("osm-way-107");

        Assert.Null(stub.Geometry);
        Assert.Contains("way 107 has 1 node", stub.GeometryProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void Railways_in_service_are_read_with_their_attributes_and_construction_is_left_out()
    {
        var railways = OsmTestFile.Read(_path, OsmLayers.Railways);

        Assert.Equal(["osm-way-200", "osm-way-201", "osm-way-204"], railways.Select(railway => railway.Id));
        var metro = railways[0].Attributes;
        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["osm_id"] = 200L,
                ["railway"] = "subway",
                ["name"] = "沈阳地铁1号线",
                ["name_zh"] = "沈阳地铁1号线",
                ["name_en"] = "Shenyang Metro Line 1",
                ["ref"] = "1",
                ["usage"] = null,
                ["service"] = null,
                ["electrified"] = "rail",
                ["maxspeed_kmh"] = 80.0,
                ["gauge"] = "1435",
            },
            metro);
        Assert.Equal("main", railways[1].Attributes["usage"]);
        Assert.Equal("yard", railways[2].Attributes["service"]);
        Assert.Equal(3, Assert.IsType<LineString>(railways[0].Geometry).NumPoints);
    }

    [Fact]
    public void Stations_are_rail_station_nodes_and_areas_as_points_and_bus_stations_are_left_out()
    {
        var stations = OsmTestFile.Read(_path, OsmLayers.Stations);

        Assert.Equal(["osm-node-20", "osm-node-22", "osm-node-23", "osm-way-210"], stations.Select(station => station.Id));
        Assert.All(stations, station => Assert.IsType<Point>(station.Geometry));
    }

    [Fact]
    public void A_station_node_keeps_its_position_to_the_seventh_decimal_and_its_tags()
    {
        var station = OsmTestFile.Read(_path, OsmLayers.Stations)[0];

        Assert.Equal(new Coordinate(123.4301234, 41.8056789), station.Geometry!.Coordinate);
        Assert.Equal("node 20", station.Position);
        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["osm_id"] = 20L,
                ["osm_type"] = "node",
                ["railway"] = "station",
                ["public_transport"] = "station",
                ["station"] = "subway",
                ["name"] = "青年大街",
                ["name_zh"] = "青年大街站",
                ["name_en"] = "Qingnian Dajie",
                ["network"] = "沈阳地铁",
                ["operator"] = "沈阳地铁集团有限公司",
            },
            station.Attributes);
    }

    [Fact]
    public void A_station_area_is_read_as_its_centroid()
    {
        var area = OsmTestFile.Read(_path, OsmLayers.Stations)[^1];

        Assert.Equal("way 210", area.Position);
        Assert.Equal("way", area.Attributes["osm_type"]);
        Assert.Equal("沈阳北站", area.Attributes["name_zh"]);
        Assert.Equal(123.451, area.Geometry!.Coordinate.X, 9);
        Assert.Equal(41.851, area.Geometry.Coordinate.Y, 9);
    }

    [Fact]
    public void The_source_names_its_format_and_the_crs_osm_implies()
    {
        using var source = new OsmSource(_path, new FeatureSourceOptions { Layer = OsmLayers.Roads });

        Assert.Equal("OpenStreetMap XML", source.Format);
        Assert.Null(source.DeclaredCrs);
        Assert.Equal("CRS84", source.ImpliedCrs);
    }

    [Fact]
    public void Progress_rises_from_0_to_1_as_features_are_read()
    {
        using var source = new OsmSource(_path, new FeatureSourceOptions { Layer = OsmLayers.Roads });
        var seen = new List<double> { source.Progress };
        foreach (var _ in source.ReadFeatures())
        {
            seen.Add(source.Progress);
        }

        seen.Add(source.Progress);
        Assert.Equal(0, seen[0]);
        Assert.Equal(1, seen[^1]);
        Assert.Equal(seen.Order(), seen);
    }

    [Fact]
    public void The_features_are_read_once()
    {
        using var source = new OsmSource(_path, new FeatureSourceOptions { Layer = OsmLayers.Roads });
        _ = source.ReadFeatures().ToList();

        Assert.Throws<InvalidOperationException>(() => source.ReadFeatures());
    }

    [Theory]
    [InlineData("extract.osm", true)]
    [InlineData("LIAONING-latest.OSM.PBF", true)]
    [InlineData("extract.pbf", true)]
    [InlineData("extract.osm.bz2", false)]
    [InlineData("roads.geojson", false)]
    public void The_file_names_it_reads_are_osm_and_pbf(string name, bool reads) => Assert.Equal(reads, OsmSource.HasFileExtension(name));

    private SourceFeature Road(string id) => OsmTestFile.Read(_path, OsmLayers.Roads).Single(road => road.Id == id);

    private (bool, bool) Oneway(string id)
    {
        var attributes = Road(id).Attributes;
        return ((bool)attributes["oneway"]!, (bool)attributes["oneway_reverse"]!);
    }
}
