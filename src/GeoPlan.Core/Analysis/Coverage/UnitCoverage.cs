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
    double AreaKm2,
    double CoveredKm2,
    double AreaShare,
    long? Population,
    double? CoveredPopulation,
    double? PopulationShare)
{
    /// <summary>Why a population figure is null: the census unit that has no count, and the data's reason.</summary>
    public string? PopulationNullReason { get; init; }
}
