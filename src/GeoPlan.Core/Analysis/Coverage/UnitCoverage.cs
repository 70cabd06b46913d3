using System.Text.Json.Serialization;

namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>How much of one unit (a city, a district, the metropolitan area) a covered area holds, by land and by people.</summary>
/// <param name="Id">The unit's feature id (the metropolitan row has its own).</param>
/// <param name="Layer">The layer the unit comes from.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="AreaKm2">The unit's drawn area in km² (EPSG:4550).</param>
/// <param name="CoveredKm2">The part of it inside the covered area, in km².</param>
/// <param name="AreaShare">Covered over total area, 0 to 1.</param>
/// <param name="Population">The 2020 census population, or null (see <see cref="PopulationNullReason"/>).</param>
/// <param name="CoveredPopulation">People living in the covered part, estimated as <see cref="CoverageCalculator"/> describes; null when unknown.</param>
/// <param name="PopulationShare">Covered over total population, 0 to 1; null when unknown.</param>
public sealed record UnitCoverage(
    string Id,
    string Layer,
    string NameZh,
    string NameEn,
    [property: JsonPropertyName("area_km2")] double AreaKm2,
    [property: JsonPropertyName("covered_km2")] double CoveredKm2,
    double AreaShare,
    long? Population,
    double? CoveredPopulation,
    double? PopulationShare)
{
    /// <summary>Why a population figure is null: the census unit that has no count, and the data's reason.</summary>
    public string? PopulationNullReason { get; init; }

    /// <summary>The row as it is reported: areas to the m² (0.000001 km²), people whole, shares to four decimals.</summary>
    /// <remarks>The unrounded figures carry floating-point noise (a shared border can leave 1e-14 km²) that no reader should see.</remarks>
    public UnitCoverage Rounded() => this with
    {
        AreaKm2 = Math.Round(AreaKm2, 6),
        CoveredKm2 = Math.Round(CoveredKm2, 6),
        AreaShare = Math.Round(AreaShare, 4),
        CoveredPopulation = CoveredPopulation is { } people ? Math.Round(people) : null,
        PopulationShare = PopulationShare is { } share ? Math.Round(share, 4) : null,
    };
}
