using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;

namespace GeoPlan.Server.Plan;

/// <summary>An indicator as <c>/plan/indicators</c> writes it: the plan's row, its actual values and a light per target year.</summary>
/// <param name="Id">The row number, 1 to 34.</param>
/// <param name="DomainZh">The table's domain.</param>
/// <param name="DomainEn">The domain in English.</param>
/// <param name="NameZh">The indicator's name.</param>
/// <param name="NameEn">The name in English.</param>
/// <param name="Unit">The unit, or null.</param>
/// <param name="Direction">Whether higher or lower values are better.</param>
/// <param name="Target2023">The 2023 target.</param>
/// <param name="Target2025">The 2025 target.</param>
/// <param name="TaskIds">The plan tasks working towards it.</param>
/// <param name="Actuals">The actual values the lights were judged by: recorded ones, and one computed from the map where there is one.</param>
/// <param name="Lights">The light of each target year, with the reason it has that colour.</param>
/// <param name="Explain">The link to the map behind a computed value, or null.</param>
public sealed record IndicatorStatusDocument(
    int Id,
    string DomainZh,
    string DomainEn,
    string NameZh,
    string NameEn,
    string? Unit,
    IndicatorDirection Direction,
    IndicatorTarget Target2023,
    IndicatorTarget Target2025,
    IReadOnlyList<string> TaskIds,
    IReadOnlyList<IndicatorActual> Actuals,
    IReadOnlyDictionary<string, LightVerdict> Lights,
    string? Explain);
