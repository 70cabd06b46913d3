using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Model;

/// <summary>A feature of a plan layer: a geometry in WGS 84 (lon/lat) with its identity, status and provenance.</summary>
public sealed record PlanFeature
{
    /// <summary>Stable string id, unique across all layers.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the layer the feature belongs to.</summary>
    public required string Layer { get; init; }

    /// <summary>The geometry in WGS 84, longitude first.</summary>
    public required Geometry Geometry { get; init; }

    /// <summary>Chinese name.</summary>
    public required string NameZh { get; init; }

    /// <summary>English name.</summary>
    public required string NameEn { get; init; }

    /// <summary>Operating, under construction, planned or proposed.</summary>
    public required FeatureStatus Status { get; init; }

    /// <summary>The year it opened or opens, when known.</summary>
    public int? OpenYear { get; init; }

    /// <summary>The plan's target year for it, when the plan sets one.</summary>
    public int? TargetYear { get; init; }

    /// <summary>Where the geometry and facts come from.</summary>
    public required string Source { get; init; }

    /// <summary>How far, in metres, the geometry may be from the truth.</summary>
    public required double AccuracyM { get; init; }

    /// <summary>Layer-specific attributes: text, long, double, bool or null values, keyed by field name.</summary>
    public IReadOnlyDictionary<string, object?> Attributes { get; init; } = new Dictionary<string, object?>();
}
