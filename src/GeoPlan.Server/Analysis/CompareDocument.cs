using GeoPlan.Core.Analysis.Coverage;
using GeoPlan.Server.Features;
using GeoPlan.Server.Http;

namespace GeoPlan.Server.Analysis;

/// <summary>The <c>/analysis/compare</c> response: covered land and people per scope and year, and the land gained and lost.</summary>
/// <param name="Metric">The metric compared (station800, park, commute60).</param>
/// <param name="Indicator">The computed indicator whose covered area is compared; its explain endpoint maps each year.</param>
/// <param name="From">The first year.</param>
/// <param name="To">The second year.</param>
/// <param name="Covered">What counts as covered.</param>
/// <param name="Summary">Per scope (the built-up denominator first where it applies, the metropolitan area last).</param>
/// <param name="Differences">Two features: <c>gained</c> (covered in the second year only) and <c>lost</c> (in the first only).</param>
/// <param name="Notes">How the numbers were made and what they rest on.</param>
public sealed record CompareDocument(
    string Metric,
    string Indicator,
    int From,
    int To,
    string Covered,
    IReadOnlyList<ScopeSummary> Summary,
    GeoJsonFeatureCollection Differences,
    IReadOnlyList<string> Notes)
{
    /// <summary>The document of <paramref name="comparison"/> of <paramref name="metric"/>, linked to <paramref name="self"/>.</summary>
    public static CompareDocument Of(ComparedMetric metric, ScenarioComparison comparison, IReadOnlyList<string> notes, string self)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(comparison);
        var features = new[] { comparison.Gained, comparison.Lost }.Select(d => Feature(metric, comparison, d)).ToList();
        return new CompareDocument(
            metric.Name,
            metric.IndicatorKey,
            comparison.FromYear,
            comparison.ToYear,
            metric.Covered,
            comparison.Summary,
            new GeoJsonFeatureCollection(
                features, features.Count, features.Count, DateTimeOffset.UtcNow, [new Link(self, "self", MediaTypes.Json, metric.Name)]),
            notes);
    }

    private static GeoJsonFeature Feature(ComparedMetric metric, ScenarioComparison comparison, CoverageDifference difference)
    {
        var (only, not) = difference.Kind == CoverageDifference.Gained
            ? (comparison.ToYear, comparison.FromYear)
            : (comparison.FromYear, comparison.ToYear);
        var metropolitan = difference.Scopes.Single(s => s.Scope == CoverageScope.Metropolitan.Id);
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = difference.Kind,
            ["name_en"] = $"Land covered by {metric.Name} in {only} but not in {not}",
            ["area_km2"] = difference.AreaKm2,
            ["population"] = metropolitan.Population,
            ["scopes"] = difference.Scopes,
        };
        if (metropolitan.PopulationNullReason is { } reason)
        {
            properties["population_null_reason"] = reason;
        }

        var id = $"{metric.Name}-{comparison.FromYear}-{comparison.ToYear}-{difference.Kind}";
        return new GeoJsonFeature(id, difference.LonLat, properties);
    }
}
