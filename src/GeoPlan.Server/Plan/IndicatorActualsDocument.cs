namespace GeoPlan.Server.Plan;

/// <summary>An indicator's actual values: the current one of each year (its latest record), and every record, oldest first.</summary>
public sealed record IndicatorActualsDocument(
    int IndicatorId,
    string NameZh,
    string NameEn,
    string? Unit,
    IReadOnlyList<IndicatorActualDocument> Current,
    IReadOnlyList<IndicatorActualDocument> History);
