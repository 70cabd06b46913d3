namespace GeoPlan.Core.Storage;

/// <summary>An equality filter on one field; <see cref="Value"/> is already of the field's type (string, long, double or bool).</summary>
public sealed record PropertyFilter(string Field, object Value);
