namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>How much of one block a coverage rule covers in a year: the block's own share of station or park coverage.</summary>
/// <param name="Key">The city-wide indicator whose covered area is used: station_800m_coverage or park_service_coverage.</param>
/// <param name="Year">The year whose stations or parks count.</param>
/// <param name="Share">Covered over total area of the block, 0 to 1.</param>
/// <param name="AreaSquareMetres">The block's area in EPSG:4550.</param>
/// <param name="CoveredSquareMetres">The covered part of the block in EPSG:4550.</param>
/// <param name="FeatureIds">The stations or parks whose buffers reach the block, in layer order.</param>
/// <param name="Formula">How the share was computed.</param>
public sealed record BlockCoverage(
    string Key,
    int Year,
    double Share,
    double AreaSquareMetres,
    double CoveredSquareMetres,
    IReadOnlyList<string> FeatureIds,
    string Formula);
