using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests.Analysis.Coverage;

/// <summary>Coverage of the bundled cities and districts adds up to their census figures.</summary>
public sealed class BundledCoverageTests
{
    private static readonly IReadOnlyList<PlanFeature> Features = BundledGeodata.Result.Dataset.Features;
    private static readonly List<PlanFeature> Cities = Features.Where(f => f.Layer == "metro_cities").ToList();
    private static readonly List<PlanFeature> Districts = Features.Where(f => f.Layer == "districts").ToList();
    private static readonly CoverageCalculator Calculator = CoverageCalculator.FromLayers(Cities, Districts);

    private static long Census(string id) => Convert.ToInt64(Features.Single(f => f.Id == id).Attributes["population_2020"]);

    [Fact]
    public void Covering_the_whole_metropolitan_area_gives_shares_of_one_and_the_census_totals()
    {
        var everything = MetricMeasure.ToMetres(new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(MetropolitanArea.Bounds));

        var table = Calculator.Measure(everything);

        Assert.All(table.Cities.Concat(table.Districts).Append(table.Metropolitan), row =>
        {
            Assert.Equal(1.0, row.AreaShare, 12);
            Assert.Equal(1.0, row.PopulationShare!.Value, 12);
        });
        foreach (var row in table.Cities.Where(r => r.Id != "shenyang").Concat(table.Districts))
        {
            Assert.Equal(Census(row.Id), row.CoveredPopulation!.Value, 3);
        }

        // Shenyang is counted by district: nine of them are published to ±50 people, so the sum may differ from 9,070,093 by up to 450.
        var shenyang = table.Cities.Single(r => r.Id == "shenyang");
        Assert.Equal(9_070_093, shenyang.Population);
        Assert.InRange(shenyang.CoveredPopulation!.Value, 9_070_093 - 450, 9_070_093 + 450);

        // The metropolitan row is the seven cities; the 沈抚 zone's 171,820 residents are already in Shenyang's and Fushun's figures.
        var seven = Cities.Where(c => (string?)c.Attributes["kind"] == "prefecture_city").ToList();
        Assert.Equal(7, seven.Count);
        Assert.Equal(seven.Sum(c => Census(c.Id)), table.Metropolitan.Population);
        Assert.InRange(table.Metropolitan.CoveredPopulation!.Value, table.Metropolitan.Population!.Value - 450, table.Metropolitan.Population!.Value + 450);
        Assert.Equal(table.Cities.Where(r => r.Id != "shenfu-demonstration-zone").Sum(r => r.AreaKm2), table.Metropolitan.AreaKm2, 6);
        Assert.Equal(171_820, table.Cities.Single(r => r.Id == "shenfu-demonstration-zone").CoveredPopulation!.Value, 3);
    }

    [Fact]
    public void A_circle_around_the_centre_is_shared_out_consistently_between_Shenyang_and_its_districts()
    {
        var centre = MetricMeasure.ToMetres(new GeometryFactory(new PrecisionModel(), 4326).CreatePoint(new Coordinate(123.4315, 41.8057)));
        var circle = centre.Buffer(30_000, 32);

        var table = Calculator.Measure(circle);

        var shenyang = table.Cities.Single(r => r.Id == "shenyang");
        Assert.InRange(shenyang.AreaShare, 0.05, 0.5);
        Assert.Equal(table.Districts.Sum(d => d.CoveredKm2), shenyang.CoveredKm2, shenyang.CoveredKm2 * 0.005);
        Assert.Equal(table.Districts.Sum(d => d.CoveredPopulation!.Value), shenyang.CoveredPopulation!.Value, 3);
        Assert.Equal(table.Cities.Where(r => r.Id != "shenfu-demonstration-zone").Sum(r => r.CoveredKm2), circle.Area / 1e6, circle.Area / 1e6 * 0.01);
        // The four old central districts lie well within 30 km of 市府广场; 铁西 reaches far to the west.
        Assert.All(new[] { "heping", "shenhe", "dadong", "huanggu" }, id => Assert.Equal(1.0, table.Districts.Single(d => d.Id == id).AreaShare));
        Assert.Equal(0, table.Cities.Single(r => r.Id == "fuxin").CoveredKm2);
    }
}
