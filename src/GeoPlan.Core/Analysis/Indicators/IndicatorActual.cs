namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>An indicator's actual value for a year, with where it comes from.</summary>
/// <param name="IndicatorId">The indicator's row number, 1 to 34.</param>
/// <param name="Year">The year the value describes.</param>
/// <param name="Value">The value, in the indicator's unit.</param>
/// <param name="Source">Where the value comes from (a statistical bulletin, a computation from the map ...).</param>
/// <param name="AsOf">The date of the source.</param>
public sealed record IndicatorActual(int IndicatorId, int Year, double Value, string Source, DateOnly AsOf)
{
    /// <summary>Values a qualitative target is judged against, by name: <c>gdp_growth</c>, <c>national_average</c>,
    /// <c>provincial_average</c>.</summary>
    public IReadOnlyDictionary<string, double> ComparisonValues { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);
}
