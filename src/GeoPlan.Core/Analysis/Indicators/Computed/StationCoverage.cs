using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>轨道站点800米覆盖率: the share of area and population within 800 m of a station operating in a year.</summary>
/// <remarks>
/// A station operates in a year when it exists then (<see cref="ScenarioYear"/>) and at least one of the lines in its
/// <c>line_ids</c> has a section existing then; metro, railway and airport stations all count. Reported for the built-up
/// denominator (<see cref="BuiltUpArea"/>) and for each Shenyang district.
/// </remarks>
public static class StationCoverage
{
    /// <summary>The walking radius around a station, in metres.</summary>
    public const double RadiusMetres = 800;

    /// <summary>The stations of <paramref name="stations"/> operating in <paramref name="year"/>, given the <paramref name="railLines"/>.</summary>
    public static IReadOnlyList<PlanFeature> Operating(IReadOnlyList<PlanFeature> stations, IReadOnlyList<PlanFeature> railLines, int year)
    {
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(railLines);
        var scenario = new ScenarioYear(year);
        var running = railLines.Where(scenario.Includes).Select(l => l.Text("line_id") ?? l.Id).ToHashSet(StringComparer.Ordinal);
        return stations.Where(s => scenario.Includes(s) && LineIds(s).Any(running.Contains)).ToList();
    }

    /// <summary>The station coverage of <paramref name="year"/> over <paramref name="denominator"/> and each district of <paramref name="coverage"/>.</summary>
    public static IndicatorExplanation Compute(
        IReadOnlyList<PlanFeature> stations, IReadOnlyList<PlanFeature> railLines, int year, BuiltUpArea denominator, CoverageCalculator coverage)
    {
        ArgumentNullException.ThrowIfNull(denominator);
        ArgumentNullException.ThrowIfNull(coverage);
        var operating = Operating(stations, railLines, year);
        var covered = CoveredMetres(operating, denominator.Metres.Factory);
        var shares = CoverageShares.Of(covered, denominator, coverage);

        var contributing = operating.Select(s => new ContributingFeature(
                s,
                ContributingRoles.Counted,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["radius_m"] = RadiusMetres }))
            .Append(denominator.AsContributing())
            .ToList();
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["radius_m"] = RadiusMetres,
            ["stations"] = "rail_stations existing in the year with at least one line in line_ids running then (metro, railway and airport)",
            ["measured_in"] = CrsRegistry.Cgcs2000Gk123.Code,
            ["denominator"] = BuiltUpArea.Label,
        };
        var indicator = new ComputedIndicator(
            null,
            ComputedIndicatorKeys.Station800mCoverage,
            year,
            CoverageShares.Percent(shares.AreaShare),
            "%",
            "C = area(⋃ disc(station, 800 m) ∩ D) / area(D) × 100 over the stations operating in the year; D = the area inside the third "
            + "ring road (first part) or a district (other parts); population share likewise with census people spread evenly over each district",
            parameters,
            DataDates.Of(contributing.Select(c => c.Feature), [DataDates.CensusLayer]),
            contributing.Select(c => c.Feature.Id).ToList(),
            shares.Parts)
        {
            Notes =
            [
                BuiltUpArea.Label,
                "Overlapping 800 m discs count once; the distance is straight-line, not walking distance along streets.",
                "Station positions are estimates, 400 m to 1.5 km from the truth (geodata/README.md); each station's accuracy_m says how far.",
            ],
        };
        return new IndicatorExplanation(indicator, contributing, CoveredArea.InLonLat(covered));
    }

    /// <summary>The union of the 800 m discs around <paramref name="operating"/>, in EPSG:4550 metres; empty when there is none.</summary>
    internal static Geometry CoveredMetres(IReadOnlyList<PlanFeature> operating, GeometryFactory factory) =>
        CoveredArea.Union(operating.Select(s => (MetricMeasure.ToMetres(s.Geometry), RadiusMetres)).ToList(), factory);

    private static string[] LineIds(PlanFeature station) =>
        (station.Text("line_ids") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
