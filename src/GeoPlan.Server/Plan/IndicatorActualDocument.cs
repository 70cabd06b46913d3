using GeoPlan.Core.Analysis.Indicators;

namespace GeoPlan.Server.Plan;

/// <summary>One recorded actual value as the API writes it: the value, its source and date, and when and by whom it was recorded.</summary>
public sealed record IndicatorActualDocument(
    int IndicatorId,
    int Year,
    double Value,
    string Source,
    DateOnly AsOf,
    IReadOnlyDictionary<string, double> ComparisonValues,
    DateTime RecordedAt,
    string RecordedBy,
    long Sequence)
{
    /// <summary>The document of a stored record; its time in UTC.</summary>
    public static IndicatorActualDocument From(IndicatorActualRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var actual = record.Actual;
        return new(
            actual.IndicatorId,
            actual.Year,
            actual.Value,
            actual.Source,
            actual.AsOf,
            actual.ComparisonValues,
            record.RecordedAt.UtcDateTime,
            record.RecordedBy,
            record.Sequence);
    }
}
