using System.Text.Json.Serialization;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>The covered land and people of one scope in each year of a comparison, and the change.</summary>
/// <param name="Scope">The <see cref="CoverageScope.Id"/>.</param>
/// <param name="Label">What the scope is.</param>
/// <param name="AreaKm2">The scope's whole area in km².</param>
/// <param name="Population">The scope's people; null when a census count is missing.</param>
/// <param name="From">What is covered in the first year.</param>
/// <param name="To">What is covered in the second year.</param>
/// <param name="ChangeKm2">Covered land of the second year minus that of the first, in km² (equal to gained minus lost).</param>
/// <param name="PopulationChange">Covered people of the second year minus those of the first; null when either is unknown.</param>
public sealed record ScopeSummary(
    string Scope,
    string Label,
    [property: JsonPropertyName("area_km2")] double AreaKm2,
    double? Population,
    ScopeAmount From,
    ScopeAmount To,
    [property: JsonPropertyName("change_km2")] double ChangeKm2,
    double? PopulationChange)
{
    /// <summary>The covered share of the scope's land in the first year, in percent to two decimals.</summary>
    public double FromAreaSharePct => Percent(From.AreaKm2, AreaKm2) ?? 0;

    /// <summary>The covered share of the scope's land in the second year, in percent to two decimals.</summary>
    public double ToAreaSharePct => Percent(To.AreaKm2, AreaKm2) ?? 0;

    /// <summary>The covered share of the scope's people in the first year, in percent; null when unknown.</summary>
    public double? FromPopulationSharePct => Percent(From.Population, Population);

    /// <summary>The covered share of the scope's people in the second year, in percent; null when unknown.</summary>
    public double? ToPopulationSharePct => Percent(To.Population, Population);

    private static double? Percent(double? part, double? whole) =>
        part is { } p && whole is > 0 ? Math.Round(p / whole.Value * 100, 2) : null;
}
