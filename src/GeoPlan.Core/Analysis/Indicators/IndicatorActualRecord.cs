namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>One entry of an indicator's history of actual values: the value as recorded, when, by whom, and its place in the store's order.</summary>
/// <param name="Actual">The value with its year, source and date.</param>
/// <param name="RecordedAt">When the store took it, in UTC.</param>
/// <param name="RecordedBy">Who recorded it: <see cref="Bundled"/> for the values bundled in geodata, else the caller's name (over
/// HTTP, the name of the caller's access token).</param>
/// <param name="Sequence">Orders a store's records: a later record has a higher number. Numbers start again when a store is rebuilt
/// or reloaded from geodata, which keeps the order.</param>
public sealed record IndicatorActualRecord(IndicatorActual Actual, DateTimeOffset RecordedAt, string RecordedBy, long Sequence)
{
    /// <summary>The <see cref="RecordedBy"/> of values bundled in <c>geodata/plan/actuals.json</c>, which a rebuild or reload replaces.</summary>
    public const string Bundled = "geodata";
}
