using System.Text.Json;

namespace GeoPlan.Interchange.GeoJson;

/// <summary>One member of a feature's "properties" as read: its name, its JSON kind and its value as string, long, double, bool or null.</summary>
/// <remarks>Kind is <see cref="JsonValueKind.Undefined"/> for a number no double can hold; objects and arrays keep their kind and no value.</remarks>
public readonly record struct FeatureProperty(string Name, JsonValueKind Kind, object? Value);
