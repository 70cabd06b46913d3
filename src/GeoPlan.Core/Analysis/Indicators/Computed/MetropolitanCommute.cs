using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>都市圈1小时人口覆盖率: the share of the metropolitan population within 60 minutes of Shenyang's centre by walk, rail and car.</summary>
/// <remarks>The travel-time area comes from <see cref="CommuteAnalyzer"/> on the year's network; people are counted as <see cref="CoverageCalculator"/> does.</remarks>
public static class MetropolitanCommute
{
    /// <summary>The cutoff, in minutes.</summary>
    public const int Minutes = 60;

    /// <summary>Shenyang's centre, 市府广场: the rail_stations feature of 人民广场 station.</summary>
    public const string CentreStationId = "station-renmin-guangchang";

    /// <summary>The modes a traveller may combine.</summary>
    public const TravelModes Modes = TravelModes.Walk | TravelModes.Rail | TravelModes.Car;

    /// <summary>The 60-minute population share from <paramref name="centre"/> on <paramref name="network"/> (its scenario gives the year).</summary>
    /// <param name="network">The year's network.</param>
    /// <param name="coverage">The census units.</param>
    /// <param name="layers">The layers the network was built from: their features running in the year are listed as its parts.</param>
    /// <param name="centre">The origin feature.</param>
    /// <param name="metroCities">The metro_cities features, whose seven prefecture cities are the denominator.</param>
    /// <exception cref="OriginOutsideNetworkException">The centre is farther from the network than the modes allow.</exception>
    /// <exception cref="ArgumentException">The metropolitan population is not known.</exception>
    public static IndicatorExplanation Compute(
        MultimodalNetwork network, CoverageCalculator coverage, NetworkLayers layers, PlanFeature centre, IReadOnlyList<PlanFeature> metroCities)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(centre);
        ArgumentNullException.ThrowIfNull(metroCities);
        var point = centre.Geometry is Point p ? p : centre.Geometry.InteriorPoint;
        var place = new CommutePlace(point.Coordinate.Copy(), centre.Layer, centre.Id, centre.NameZh, centre.NameEn);
        var request = new CommuteRequest(place, [Minutes], Modes, SearchDirection.Forward, CommuteRequest.DefaultCellSizeMeters);
        var result = CommuteAnalyzer.Run(network, coverage, request);
        var area = result.Areas[0];
        var total = area.Coverage.Metropolitan;
        var share = total.PopulationShare ?? throw new ArgumentException(
            $"the metropolitan population is not known, so its share within {Minutes} minutes cannot be computed: {total.PopulationNullReason}",
            nameof(coverage));

        var year = network.Scenario.Year;
        var running = result.RunningLines.ToHashSet(StringComparer.Ordinal);
        var scenario = new ScenarioYear(year);
        var contributing = new List<ContributingFeature>
        {
            new(centre, ContributingRoles.Origin, new Dictionary<string, object?>(StringComparer.Ordinal)),
        };
        contributing.AddRange(layers.RailLines.Where(l => running.Contains(l.Id)).Concat(layers.Roads.Where(scenario.Includes))
            .Select(f => new ContributingFeature(f, ContributingRoles.Network, new Dictionary<string, object?>(StringComparer.Ordinal))));
        // The seven prefecture cities are the denominator; an overlay (the 沈抚 zone) holds people already counted in them.
        var overlays = metroCities.Where(c => c.Attributes.GetValueOrDefault("kind") as string != "prefecture_city").Select(c => c.Id)
            .ToHashSet(StringComparer.Ordinal);
        contributing.AddRange(metroCities.Where(c => !overlays.Contains(c.Id)).Select(c => new ContributingFeature(
            c,
            ContributingRoles.Denominator,
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["population_2020"] = c.Attributes.GetValueOrDefault(PopulationUnit.PopulationField),
            })));

        var parts = area.Coverage.Cities.Select(c => new ComputedPart(c.Id, c.NameZh, Percent(c.PopulationShare), "%")
        {
            Details = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["area_km2"] = Math.Round(c.AreaKm2, 6),
                ["covered_km2"] = Math.Round(c.CoveredKm2, 6),
                ["population"] = c.Population,
                ["covered_population"] = c.CoveredPopulation is { } n ? Math.Round(n) : null,
                ["area_share_pct"] = CoverageShares.Percent(c.AreaShare),
                ["overlay"] = overlays.Contains(c.Id),
                ["population_share_pct_null_reason"] = c.PopulationNullReason,
            },
        }).ToList();
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["origin"] = $"rail_stations:{centre.Id} ({centre.NameZh}, 市府广场)",
            ["minutes"] = Minutes,
            ["modes"] = TravelModeNames.Format(Modes),
            ["cell_size_m"] = CommuteRequest.DefaultCellSizeMeters,
            ["scenario"] = network.Scenario.Name,
            ["covered_km2"] = Math.Round(area.AreaKm2, 3),
            ["metropolitan_population"] = total.Population,
            ["covered_population"] = total.CoveredPopulation is { } c ? Math.Round(c) : null,
        };
        var indicator = new ComputedIndicator(
            null,
            ComputedIndicatorKeys.MetropolitanCommute60,
            year,
            CoverageShares.Percent(share),
            "%",
            "C = Σ people within the 60-minute area / Σ people of the seven metropolitan cities × 100; the area is every place reachable "
            + "from 市府广场 within 60 minutes by walking, rail and car on the year's network, people are the 2020 census spread evenly over "
            + "each Shenyang district and each other city",
            parameters,
            DataDates.Of(contributing.Select(f => f.Feature), ["districts"]),
            contributing.Select(f => f.Feature.Id).ToList(),
            parts)
        {
            Notes =
            [
                "An overlay row (the 沈抚改革创新示范区 over Shenyang and Fushun) is reported but not added: its residents are in those cities' totals.",
                .. network.Assumptions,
                "Travel times rest on typical speeds and headways, not timetables, over hand-digitised roads and lines (geodata/README.md).",
            ],
        };
        return new IndicatorExplanation(indicator, contributing, area.LonLat);
    }

    private static double? Percent(double? share) => share is { } s ? CoverageShares.Percent(s) : null;
}
