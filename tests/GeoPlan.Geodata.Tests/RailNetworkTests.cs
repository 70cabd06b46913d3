using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;

namespace GeoPlan.Geodata.Tests;

/// <summary>Rail sections run through their stations in order and carry what a travel-time model needs.</summary>
public sealed class RailNetworkTests
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;
    private static readonly List<PlanFeature> Lines = Data.Features.Where(f => f.Layer == "rail_lines").ToList();
    private static readonly Dictionary<string, PlanFeature> Stations = Data.Features.Where(f => f.Layer == "rail_stations").ToDictionary(f => f.Id);

    [Fact]
    public void The_plans_metro_lines_and_railways_are_there()
    {
        var lineIds = Lines.Select(l => (string)l.Attributes["line_id"]!).ToHashSet();

        Assert.Superset(
            new HashSet<string> { "M1", "M2", "M3", "M4", "M6", "M9", "M10", "JingHa-HSR", "ShenDa-HSR", "ShenDan-HSR", "ShenBai-HSR" },
            lineIds);
        Assert.Equal(4, Lines.Count(l => (string?)l.Attributes["mode"] == "intercity" && l.Status == FeatureStatus.Proposed));
        Assert.Contains("m2-south-extension", Lines.Select(l => l.Id));
        Assert.Superset(
            new HashSet<string> { "沈阳站", "沈阳北站", "沈阳南站", "桃仙机场" },
            Stations.Values.Select(s => s.NameZh).ToHashSet());
    }

    [Fact]
    public void Every_section_passes_through_its_stations_in_order()
    {
        foreach (var line in Lines)
        {
            var ids = ((string)line.Attributes["station_ids"]!).Split(',');
            var metric = MetricMeasure.ToMetres(line.Geometry);
            var indexed = new LengthIndexedLine(metric);
            var previous = double.NegativeInfinity;
            foreach (var id in ids)
            {
                Assert.True(Stations.ContainsKey(id), $"{line.Id}: station '{id}' does not exist");
                var point = MetricMeasure.ToMetres(Stations[id].Geometry);
                Assert.True(metric.Distance(point) < 50, $"{line.Id} passes {metric.Distance(point):0} m from {id}");
                var along = indexed.Project(point.Coordinate);
                Assert.True(along > previous, $"{line.Id}: {id} is out of order");
                previous = along;
            }
        }
    }

    [Fact]
    public void Every_section_has_a_mode_a_speed_and_a_headway_or_a_reason_for_none()
    {
        foreach (var line in Lines)
        {
            Assert.Contains((string?)line.Attributes["mode"], new[] { "metro", "high_speed", "intercity", "suburban" });
            Assert.True(Convert.ToDouble(line.Attributes["speed_kmh"]) > 0, line.Id);
            Assert.True(
                line.Attributes["headway_min"] is not null ? Convert.ToDouble(line.Attributes["headway_min"]) > 0 : line.Attributes["headway_min_null_reason"] is string,
                line.Id);
        }
    }

    [Fact]
    public void Station_line_ids_name_existing_lines()
    {
        var lineIds = Lines.Select(l => (string)l.Attributes["line_id"]!).ToHashSet();

        foreach (var station in Stations.Values)
        {
            Assert.All(((string)station.Attributes["line_ids"]!).Split(','), id => Assert.Contains(id, lineIds));
        }
    }

    [Fact]
    public void Operating_metro_length_grows_from_2023_to_2025_and_stays_below_the_plans_targets()
    {
        // The geometry is schematic (straight between stations), so it runs a little short of the published route lengths.
        var km2023 = OperatingMetroKilometres(2023);
        var km2025 = OperatingMetroKilometres(2025);

        Assert.InRange(km2023, 140, 170);
        Assert.InRange(km2025, km2023 + 20, 257);
    }

    private static double OperatingMetroKilometres(int year) => Lines
        .Where(l => (string?)l.Attributes["mode"] == "metro" && l.Status == FeatureStatus.Operating && l.OpenYear <= year)
        .Sum(l => MetricMeasure.LengthMeters(l.Geometry)) / 1000;
}
