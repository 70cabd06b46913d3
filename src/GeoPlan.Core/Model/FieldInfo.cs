namespace GeoPlan.Core.Model;

/// <summary>One attribute column of a layer.</summary>
public sealed record FieldInfo(string Name, FieldType Type);
