namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>An indicator value computed live from the map's geometry, with everything a reader needs to check it.</summary>
/// <param name="IndicatorId">The row of the plan's indicator table it fills (32 for metro length), or null for an indicator the table lacks.</param>
/// <param name="Key">The stable key, e.g. <c>metro_length</c> (see <see cref="ComputedIndicatorKeys"/>).</param>
/// <param name="Year">The scenario year computed (see <see cref="Model.ScenarioYear"/>).</param>
/// <param name="Value">The value, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit, e.g. <c>km</c> or <c>%</c>.</param>
/// <param name="Formula">How the value is computed, in words and symbols.</param>
/// <param name="Parameters">The fixed inputs of the formula (radii, thresholds, CRS, denominator, targets), by name.</param>
/// <param name="DataDates">The dates of the data the value rests on, each naming its layer and where the date comes from.</param>
/// <param name="FeatureIds">The features that produced the value, in the order they were used.</param>
/// <param name="Parts">The breakdown: per line, per district or per city.</param>
public sealed record ComputedIndicator(
    int? IndicatorId,
    string Key,
    int Year,
    double Value,
    string Unit,
    string Formula,
    IReadOnlyDictionary<string, object?> Parameters,
    IReadOnlyList<string> DataDates,
    IReadOnlyList<string> FeatureIds,
    IReadOnlyList<ComputedPart> Parts)
{
    /// <summary>What the reader must know to trust the number: approximations, chosen denominators, what counts nothing.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
