using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Server.Http;

namespace GeoPlan.Server.Plan;

/// <summary>A core block's scorecard (挂图作战): the tasks naming it with their lights, coverage inside it, time to the centre.</summary>
/// <param name="Collection">The collection the block is in.</param>
/// <param name="Id">The block's feature id.</param>
/// <param name="NameZh">The block's name.</param>
/// <param name="NameEn">The name in English.</param>
/// <param name="Tasks">The plan tasks whose text names the block, each with its targets' lights.</param>
/// <param name="StationCoverage">The share of the block within 800 m of an operating station, per plan year.</param>
/// <param name="ParkCoverage">The share of the block within a park's service radius, per plan year.</param>
/// <param name="TravelToCentre">Minutes from the block to 市府广场 per plan year, by walk, rail and car and by walk and rail.</param>
/// <param name="Notes">How the numbers were measured and what they rest on.</param>
/// <param name="Links">The scorecard itself, the block, and the city-wide indicators the coverage comes from.</param>
public sealed record ScorecardDocument(
    string Collection,
    string Id,
    string NameZh,
    string NameEn,
    IReadOnlyList<ScorecardTask> Tasks,
    IReadOnlyList<BlockCoverage> StationCoverage,
    IReadOnlyList<BlockCoverage> ParkCoverage,
    IReadOnlyList<CentreTravelTime> TravelToCentre,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Link> Links);
