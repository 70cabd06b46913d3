using GeoPlan.Core.Model;
using GeoPlan.Testing;

namespace GeoPlan.Geodata.Tests;

/// <summary>The task tree and the indicator table hold what the plan says.</summary>
public sealed class PlanDataTests
{
    private static readonly PlanDataset Data = BundledGeodata.Result.Dataset;

    [Fact]
    public void Chapters_three_to_ten_are_the_roots_of_the_tree()
    {
        Assert.Equal(["3", "4", "5", "6", "7", "8", "9", "10"], Data.Tasks.Where(t => t.ParentId is null).Select(t => t.Id));
        Assert.All(Data.Tasks, t => Assert.Equal(t.Id.Count(c => c == '.'), (int)t.Level));
    }

    [Fact]
    public void Task_3_1_2_carries_the_metro_target_of_165_km_in_2023()
    {
        var task = Data.Tasks.Single(t => t.Id == "3.1.2");

        Assert.Equal("构建综合性轨道交通枢纽", task.TitleZh);
        Assert.Contains(task.Targets, t => t.Year == 2023 && t.Value == 165 && t.Unit == "公里" && t.Comparison == Comparison.AtLeast);
    }

    [Fact]
    public void The_indicator_table_has_34_rows_with_both_targets()
    {
        Assert.Equal(Enumerable.Range(1, 34), Data.Indicators.Select(i => i.Id));
        Assert.All(Data.Indicators, i =>
        {
            Assert.False(string.IsNullOrEmpty(i.Target2023.TextZh));
            Assert.False(string.IsNullOrEmpty(i.Target2025.TextZh));
        });
    }

    [Theory]
    [InlineData(1, 8500.0, 10000.0, IndicatorDirection.Higher)]
    [InlineData(30, 4.0, 4.0, IndicatorDirection.Lower)]
    [InlineData(32, 165.0, 257.0, IndicatorDirection.Higher)]
    public void Indicator_targets_match_the_table(int id, double target2023, double target2025, IndicatorDirection direction)
    {
        var indicator = Data.Indicators.Single(i => i.Id == id);

        Assert.Equal((target2023, target2025, direction), (indicator.Target2023.Value!.Value, indicator.Target2025.Value!.Value, indicator.Direction));
    }

    [Fact]
    public void Qualitative_targets_keep_their_words_and_have_no_number()
    {
        var income = Data.Indicators.Single(i => i.Id == 4);

        Assert.Equal("与经济增长基本同步", income.Target2025.TextZh);
        Assert.Equal(Comparison.Qualitative, income.Target2025.Comparison);
        Assert.Null(income.Target2025.Value);
    }
}
