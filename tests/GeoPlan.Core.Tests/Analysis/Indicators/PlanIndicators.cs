using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Model;

namespace GeoPlan.Core.Tests.Analysis.Indicators;

/// <summary>Rows of the plan's indicator table as geodata/plan/indicators.json has them, and actuals to judge them by.</summary>
internal static class PlanIndicators
{
    public static readonly Indicator MetroLengthRow = new(
        32, "城市宜居水平", "Urban livability", "城市快速轨道交通里程", "Urban rapid rail transit length", "公里", IndicatorDirection.Higher,
        new IndicatorTarget("165", 165, Comparison.AtLeast, null), new IndicatorTarget("257", 257, Comparison.AtLeast, null), ["3.1.2"]);

    public static readonly Indicator Unemployment = new(
        30, "城市宜居水平", "Urban livability", "城镇登记失业率", "Registered urban unemployment rate", "%", IndicatorDirection.Lower,
        new IndicatorTarget("4 以内", 4, Comparison.AtMost, null), new IndicatorTarget("4 以内", 4, Comparison.AtMost, null), ["10.2.1"]);

    public static readonly Indicator FinancialCentreRank = new(
        19, "金融服务能力", "Financial service capacity", "全国区域金融中心指数排名", "National ranking in the regional financial center index", null,
        IndicatorDirection.Lower, new IndicatorTarget("22", 22, Comparison.AtMost, null),
        new IndicatorTarget("全国前 20", 20, Comparison.AtMost, null), ["6.1.2"]);

    public static readonly Indicator IncomeGrowth = new(
        4, "城市发展能级", "City development level", "城乡居民可支配收入年均增长",
        "Average annual growth of urban and rural residents' disposable income", "%", IndicatorDirection.Higher,
        new IndicatorTarget("与经济增长基本同步", null, Comparison.Qualitative, "basically in step with economic growth"),
        new IndicatorTarget("与经济增长基本同步", null, Comparison.Qualitative, "basically in step with economic growth"), []);

    public static readonly Indicator IndustrialGrowth = new(
        9, "产业竞争能力", "Industrial competitiveness", "规模以上工业增加值增速",
        "Growth of value added of industrial enterprises above designated size", "%", IndicatorDirection.Higher,
        new IndicatorTarget("高于全国、全省平均水平", null, Comparison.Qualitative, "above the national and provincial averages"),
        new IndicatorTarget("高于全国、全省平均水平", null, Comparison.Qualitative, "above the national and provincial averages"), []);

    /// <summary>An actual value published at the start of the following year.</summary>
    public static IndicatorActual Actual(Indicator indicator, int year, double value) =>
        new(indicator.Id, year, value, "test bulletin", new DateOnly(year + 1, 1, 31));
}
