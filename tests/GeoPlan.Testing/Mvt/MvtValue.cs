namespace GeoPlan.Testing.Mvt;

/// <summary>A decoded property value: its field type and the value as string, float, double, long, ulong or bool.</summary>
/// <param name="Type">The Value message field it was read from.</param>
/// <param name="Value">string, float, double, long (int and sint), ulong (uint) or bool.</param>
public sealed record MvtValue(MvtValueType Type, object Value);
