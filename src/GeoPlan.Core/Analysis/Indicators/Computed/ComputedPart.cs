namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>One part of a computed indicator's breakdown: a line's length, a district's covered share.</summary>
/// <param name="Id">The part's id: a <c>line_id</c>, a district's feature id, a city's.</param>
/// <param name="Name">The part's Chinese name.</param>
/// <param name="Value">The part's value, in <paramref name="Unit"/>; null when unknown, with the reason in <see cref="Details"/>.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>.</param>
public sealed record ComputedPart(string Id, string Name, double? Value, string Unit)
{
    /// <summary>Further figures of the part by name (covered km², population share ...); null values carry a <c>_null_reason</c>.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; init; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}
