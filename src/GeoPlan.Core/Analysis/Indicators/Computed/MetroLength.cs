using System.Globalization;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>城市快速轨道交通里程 (indicator 32): the length of the metro sections operating in a year, per line and in total.</summary>
/// <remarks>
/// A section counts when its <c>mode</c> is <c>metro</c> and it exists in the year (<see cref="ScenarioYear"/>); its length is
/// measured in metres in EPSG:4550 (<see cref="MetricMeasure"/>). The bundled lines are straight from station to station, so the
/// total runs about 9 % short of the published route lengths; the explanation says so.
/// </remarks>
public static class MetroLength
{
    private const string Mode = "metro";
    private const double MetresPerKm = 1000;

    /// <summary>The geometry's shortfall against published lengths that geodata/README.md states for the bundled metro lines.</summary>
    public const string StraightLineNote =
        "The bundled metro lines are drawn straight from station to station, not along the track, so their measured length runs about "
        + "9 % shorter than the published route lengths (geodata/README.md): 150 km at the end of 2023 and 186 km at the end of 2025 by "
        + "geometry, against about 164 km and 204 km published and the plan's 165 km and 257 km targets. Import surveyed alignments for "
        + "a length to compare with the targets.";

    /// <summary>The metro length of <paramref name="year"/> from <paramref name="railLines"/>, held against <paramref name="target"/> when given.</summary>
    public static IndicatorExplanation Compute(IReadOnlyList<PlanFeature> railLines, int year, IndicatorTarget? target)
    {
        ArgumentNullException.ThrowIfNull(railLines);
        var scenario = new ScenarioYear(year);
        var sections = railLines
            .Where(l => l.Layer == "rail_lines" && string.Equals(l.Text("mode"), Mode, StringComparison.Ordinal) && scenario.Includes(l))
            .Select(l => (Feature: l, Metres: MetricMeasure.LengthMeters(l.Geometry)))
            .ToList();
        var totalKm = Km(sections.Sum(s => s.Metres));

        var parts = sections
            .GroupBy(s => s.Feature.Text("line_id") ?? s.Feature.Id, StringComparer.Ordinal)
            .Select(line => new ComputedPart(
                line.Key, line.First().Feature.Text("line_name_zh") ?? line.First().Feature.NameZh, Km(line.Sum(s => s.Metres)), "km")
            {
                Details = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["sections"] = string.Join(",", line.Select(s => s.Feature.Id)),
                },
            })
            .ToList();

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["mode"] = Mode,
            ["year_rule"] = "a section counts when it opens by the year (open_year); without one, when it is operating or targeted by the year",
            ["measured_in"] = CrsRegistry.Cgcs2000Gk123.Code,
            ["target_text_zh"] = target?.TextZh,
            ["target_km"] = target?.Value,
            ["shortfall_km"] = target?.Value is { } goal ? Math.Round(goal - totalKm, 3) : null,
        };
        if (target?.Value is null)
        {
            parameters["target_km_null_reason"] = target is null
                ? $"the plan's indicator table gives no target for {year.ToString(CultureInfo.InvariantCulture)}"
                : "the target is qualitative";
        }

        var indicator = new ComputedIndicator(
            ComputedIndicatorKeys.MetroLengthIndicatorId,
            ComputedIndicatorKeys.MetroLength,
            year,
            totalKm,
            "km",
            "L = Σ length(section) over rail_lines with mode = metro that exist in the year, measured in metres in EPSG:4550, / 1000",
            parameters,
            DataDates.Of(sections.Select(s => s.Feature)),
            sections.Select(s => s.Feature.Id).ToList(),
            parts)
        {
            Notes = [StraightLineNote],
        };
        var features = sections.Select(s => new ContributingFeature(
            s.Feature,
            ContributingRoles.Counted,
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["length_km"] = Km(s.Metres) })).ToList();
        return new IndicatorExplanation(indicator, features, null);
    }

    private static double Km(double metres) => Math.Round(metres / MetresPerKm, 3);
}
