namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>The names under which <see cref="IndicatorActual.ComparisonValues"/> holds what qualitative targets are judged by.</summary>
public static class ComparisonValueNames
{
    /// <summary>The economic (GDP) growth rate of the same year, in percent: what 与经济增长基本同步 is held against.</summary>
    public const string GdpGrowth = "gdp_growth";

    /// <summary>The national average of the same measure and year: half of 高于全国、全省平均水平.</summary>
    public const string NationalAverage = "national_average";

    /// <summary>The provincial (Liaoning) average of the same measure and year: the other half of 高于全国、全省平均水平.</summary>
    public const string ProvincialAverage = "provincial_average";
}
