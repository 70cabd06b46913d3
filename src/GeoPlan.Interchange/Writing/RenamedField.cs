namespace GeoPlan.Interchange.Writing;

/// <summary>A field the format made GeoPlan write under another name.</summary>
/// <param name="Field">GeoPlan's field name, e.g. <c>target_year</c>.</param>
/// <param name="WrittenAs">The name in the file, e.g. <c>target_yea</c>.</param>
public sealed record RenamedField(string Field, string WrittenAs);
