using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>Where a comparison counts land and people: a denominator area, or (without one) the whole metropolitan area.</summary>
/// <param name="Id">The scope's id in the summary, such as <c>inside-ring-3</c> or <see cref="CoverageCalculator.MetropolitanId"/>.</param>
/// <param name="Label">What the scope is, for readers: its source and whether it is an approximation.</param>
/// <param name="Metres">The scope's area in EPSG:4550 metres, or null for the seven metropolitan cities of the census.</param>
public sealed record CoverageScope(string Id, string Label, Geometry? Metres)
{
    /// <summary>The seven cities of the metropolitan area, counted by <see cref="CoverageCalculator"/>.</summary>
    public static CoverageScope Metropolitan { get; } = new(
        CoverageCalculator.MetropolitanId,
        "The seven cities of the Shenyang metropolitan area (metro_cities), with the 2020 census spread evenly over each Shenyang district "
        + "and each other city",
        null);
}
