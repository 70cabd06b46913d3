using GeoPlan.Core.Analysis.Indicators;

namespace GeoPlan.Server.Analysis;

/// <summary>A coverage <c>/analysis/compare</c> compares between years, and the computed indicator that draws its covered area.</summary>
/// <param name="Name">The value of the <c>metric</c> parameter.</param>
/// <param name="IndicatorKey">The <see cref="ComputedIndicatorKeys"/> key whose covered area is compared.</param>
/// <param name="Covered">What counts as covered, in one sentence.</param>
/// <param name="CountsBuiltUpArea">Whether the built-up area (<see cref="BuiltUpArea"/>) is counted besides the metropolitan area.</param>
public sealed record ComparedMetric(string Name, string IndicatorKey, string Covered, bool CountsBuiltUpArea)
{
    /// <summary>The metrics, by name.</summary>
    public static IReadOnlyList<ComparedMetric> All { get; } =
    [
        new(
            "station800",
            ComputedIndicatorKeys.Station800mCoverage,
            "land within 800 m (straight line) of a rail station operating in the year",
            true),
        new(
            "park",
            ComputedIndicatorKeys.ParkServiceCoverage,
            "land within the service radius of a park existing in the year (500 m for parks of 5,000 m² or more, 300 m for 2,000–5,000 m²)",
            true),
        new(
            "commute60",
            ComputedIndicatorKeys.MetropolitanCommute60,
            "land reachable from 市府广场 within 60 minutes by walking, rail and car on the year's network",
            false),
    ];

    /// <summary>The metric called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static ComparedMetric? Find(string? name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The names, for error messages: <c>station800, park or commute60</c>.</summary>
    public static string Names => string.Join(", ", All.Take(All.Count - 1).Select(m => m.Name)) + " or " + All[^1].Name;
}
