using GeoPlan.Core.Model;

namespace GeoPlan.Interchange.Import;

/// <summary>A file's feature as GeoPlan will hold it, or the problem that keeps it out; with the repair made to its geometry, if any.</summary>
internal readonly record struct ConvertedFeature(PlanFeature? Feature, string? Problem, string? Repair);
