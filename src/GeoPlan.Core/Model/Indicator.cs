namespace GeoPlan.Core.Model;

/// <summary>One of the 34 rows of the plan's indicator table (沈阳建设国家中心城市指标体系表).</summary>
/// <param name="Id">The row number, 1 to 34.</param>
/// <param name="DomainZh">The table's domain (领域), e.g. 城市发展能级.</param>
/// <param name="DomainEn">The domain in English.</param>
/// <param name="NameZh">The indicator's name without its unit.</param>
/// <param name="NameEn">The name in English.</param>
/// <param name="Unit">The unit, or null.</param>
/// <param name="Direction">Whether higher or lower values are better.</param>
/// <param name="Target2023">The 2023 target.</param>
/// <param name="Target2025">The 2025 target.</param>
/// <param name="TaskIds">The plan tasks whose text works towards this indicator.</param>
public sealed record Indicator(
    int Id,
    string DomainZh,
    string DomainEn,
    string NameZh,
    string NameEn,
    string? Unit,
    IndicatorDirection Direction,
    IndicatorTarget Target2023,
    IndicatorTarget Target2025,
    IReadOnlyList<string> TaskIds);
