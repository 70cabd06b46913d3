namespace GeoPlan.Core.Validation;

/// <summary>What is wrong with one field of an indicator actual value.</summary>
/// <param name="Field">The field by its wire name: <c>year</c>, <c>value</c>, <c>source</c>, <c>as_of</c> or <c>comparison_values</c>.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record IndicatorActualProblem(string Field, string Message);
