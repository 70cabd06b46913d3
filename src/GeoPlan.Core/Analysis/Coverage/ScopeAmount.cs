using System.Text.Json.Serialization;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>How much land and how many people of one scope an area holds.</summary>
/// <param name="Scope">The <see cref="CoverageScope.Id"/>.</param>
/// <param name="AreaKm2">Land inside both the area and the scope, in km² (EPSG:4550), to the m².</param>
/// <param name="Population">People living there (the census spread evenly), whole; null when a census count is missing.</param>
public sealed record ScopeAmount(string Scope, [property: JsonPropertyName("area_km2")] double AreaKm2, double? Population)
{
    /// <summary>Why <see cref="Population"/> is null: the census unit without a count.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PopulationNullReason { get; init; }
}
