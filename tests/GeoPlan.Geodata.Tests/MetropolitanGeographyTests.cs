using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace GeoPlan.Geodata.Tests;

/// <summary>The cities and districts are in the right place, the right size, fit together, and their people add up.</summary>
public sealed class MetropolitanGeographyTests
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;

    private static List<PlanFeature> Layer(string id) => Data.Features.Where(f => f.Layer == id).ToList();

    [Fact]
    public void The_eight_members_of_the_metropolitan_area_are_there()
    {
        Assert.Equal(
            ["沈阳市", "鞍山市", "抚顺市", "本溪市", "阜新市", "辽阳市", "铁岭市", "沈抚改革创新示范区"],
            Layer("metro_cities").Select(f => f.NameZh));
    }

    [Fact]
    public void Shenyang_has_its_13_county_level_units()
    {
        Assert.Equal(
            ["和平区", "沈河区", "大东区", "皇姑区", "铁西区", "苏家屯区", "浑南区", "沈北新区", "于洪区", "辽中区", "康平县", "法库县", "新民市"],
            Layer("districts").Select(f => f.NameZh));
    }

    [Fact]
    public void City_polygons_are_within_15_percent_of_the_official_land_area()
    {
        foreach (var city in Layer("metro_cities"))
        {
            var official = Convert.ToDouble(city.Attributes["land_area_km2"]);
            var drawn = MetricMeasure.AreaSquareMeters(city.Geometry) / 1e6;

            Assert.InRange(drawn / official, 0.85, 1.15);
        }
    }

    [Fact]
    public void District_polygons_are_within_20_percent_of_the_official_land_area_or_30_for_the_small_central_ones()
    {
        foreach (var district in Layer("districts"))
        {
            var official = Convert.ToDouble(district.Attributes["land_area_km2"]);
            var drawn = MetricMeasure.AreaSquareMeters(district.Geometry) / 1e6;
            var tolerance = official < 150 ? 0.30 : 0.20;

            Assert.InRange(drawn / official, 1 - tolerance, 1 + tolerance);
        }
    }

    [Fact]
    public void Districts_tile_Shenyang_without_overlaps()
    {
        var districts = Layer("districts").Select(f => MetricMeasure.ToMetres(f.Geometry)).ToList();
        var city = MetricMeasure.ToMetres(Data.Features.Single(f => f.Id == "shenyang").Geometry);
        var union = UnaryUnionOp.Union(districts);

        Assert.True(union.SymmetricDifference(city).Area < 0.005 * city.Area, "the districts' union differs from the city");
        for (var i = 0; i < districts.Count; i++)
        {
            for (var j = i + 1; j < districts.Count; j++)
            {
                Assert.True(districts[i].Intersection(districts[j]).Area < 0.005 * Math.Min(districts[i].Area, districts[j].Area));
            }
        }
    }

    [Fact]
    public void Prefecture_cities_do_not_overlap()
    {
        // The demonstration zone straddles Shenyang and Fushun by design; the seven cities must not.
        var cities = Layer("metro_cities")
            .Where(f => (string?)f.Attributes["kind"] == "prefecture_city")
            .Select(f => MetricMeasure.ToMetres(f.Geometry))
            .ToList();
        for (var i = 0; i < cities.Count; i++)
        {
            for (var j = i + 1; j < cities.Count; j++)
            {
                Assert.True(cities[i].Intersection(cities[j]).Area < 0.02 * Math.Min(cities[i].Area, cities[j].Area));
            }
        }
    }

    [Fact]
    public void District_populations_add_up_to_the_city_total_within_their_stated_precision()
    {
        var districts = Layer("districts");
        var sum = districts.Sum(d => Convert.ToInt64(d.Attributes["population_2020"]));
        var slack = districts.Sum(d => Convert.ToInt64(d.Attributes["population_2020_precision"])) / 2;
        var total = Convert.ToInt64(Data.Features.Single(f => f.Id == "shenyang").Attributes["population_2020"]);

        Assert.Equal(9_070_093, total);
        Assert.InRange(sum, total - slack, total + slack);
    }

    [Theory]
    [InlineData(123.4315, 41.8057, "shenyang", "shenhe")]
    [InlineData(123.395, 41.795, "shenyang", "heping")]
    [InlineData(123.49, 41.64, "shenyang", "hunnan")]
    [InlineData(122.83, 41.99, "shenyang", "xinmin")]
    [InlineData(122.99, 41.11, "anshan", null)]
    [InlineData(123.95, 41.88, "fushun", null)]
    [InlineData(123.77, 41.29, "benxi", null)]
    [InlineData(121.67, 42.02, "fuxin", null)]
    [InlineData(123.17, 41.27, "liaoyang", null)]
    [InlineData(123.84, 42.29, "tieling", null)]
    public void Known_places_fall_in_their_city_and_district(double lon, double lat, string city, string? district)
    {
        var point = Wgs84.CreatePoint(new Coordinate(lon, lat));

        Assert.Equal([city], Layer("metro_cities").Where(f => (string?)f.Attributes["kind"] == "prefecture_city" && f.Geometry.Covers(point)).Select(f => f.Id));
        if (district is not null)
        {
            Assert.Equal([district], Layer("districts").Where(f => f.Geometry.Covers(point)).Select(f => f.Id));
        }
    }
}
