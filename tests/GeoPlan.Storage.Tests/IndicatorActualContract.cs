using GeoPlan.Core.Analysis.Indicators;
using GeoPlan.Core.Storage;

namespace GeoPlan.Storage.Tests;

/// <summary>What every store must do with indicator actual values: record them with their source, keep every one as history, answer
/// the latest as current, and refuse an indicator it does not have.</summary>
/// <remarks>Each test records into a fresh store of its own.</remarks>
public abstract class IndicatorActualContract<TFixture>(TFixture fixture)
    where TFixture : class, IWriterFixture
{
    [SkippableFact]
    public async Task A_recorded_value_reads_back_as_current_and_as_history_with_its_source_time_and_recorder()
    {
        await using var target = await fixture.CreateStoreAsync();
        var writer = Writer(target);
        var actual = Actual(1, 2023, 8122.1, "2024-04-01") with { ComparisonValues = new Dictionary<string, double> { ["gdp_growth"] = 5.6 } };
        var before = DateTimeOffset.UtcNow.AddMilliseconds(-1);

        var record = await writer.RecordAsync(actual, "planner");

        Assert.InRange(record.RecordedAt, before, DateTimeOffset.UtcNow);
        Assert.Equal(TimeSpan.Zero, record.RecordedAt.Offset);
        Assert.Equal("planner", record.RecordedBy);
        var current = Assert.Single(await target.Store.GetIndicatorActualsAsync());
        AssertSame(record, current);
        AssertSame(record, Assert.Single(await target.Store.GetIndicatorActualHistoryAsync(1)));
        Assert.Equal(5.6, current.Actual.ComparisonValues["gdp_growth"]);
        Assert.Equal(new DateOnly(2024, 4, 1), current.Actual.AsOf);
    }

    [SkippableFact]
    public async Task A_new_value_for_the_same_year_is_appended_and_becomes_current_while_the_old_one_stays_in_the_history()
    {
        await using var target = await fixture.CreateStoreAsync();
        var writer = Writer(target);

        var first = await writer.RecordAsync(Actual(32, 2023, 150, "2024-01-10"), "planner");
        var otherYear = await writer.RecordAsync(Actual(32, 2024, 200, "2025-01-10"), "planner");
        var revised = await writer.RecordAsync(Actual(32, 2023, 155, "2024-03-01"), "analyst");

        Assert.True(first.Sequence < otherYear.Sequence && otherYear.Sequence < revised.Sequence);
        var history = await target.Store.GetIndicatorActualHistoryAsync(32);
        Assert.Equal(3, history.Count);
        AssertSame(first, history[0]);
        AssertSame(otherYear, history[1]);
        AssertSame(revised, history[2]);
        var current = await target.Store.GetIndicatorActualsAsync();
        Assert.Equal([(32, 2023, 155.0), (32, 2024, 200.0)], current.Select(r => (r.Actual.IndicatorId, r.Actual.Year, r.Actual.Value)));
    }

    [SkippableFact]
    public async Task Current_values_are_ordered_by_indicator_and_year_and_each_history_holds_only_its_indicator()
    {
        await using var target = await fixture.CreateStoreAsync();
        var writer = Writer(target);

        await writer.RecordAsync(Actual(30, 2024, 4.1, "2025-02-01"), "planner");
        await writer.RecordAsync(Actual(2, 2023, 800, "2024-02-01"), "planner");
        await writer.RecordAsync(Actual(30, 2023, 4.3, "2024-02-01"), "planner");

        var current = await target.Store.GetIndicatorActualsAsync();
        Assert.Equal([(2, 2023), (30, 2023), (30, 2024)], current.Select(r => (r.Actual.IndicatorId, r.Actual.Year)));
        Assert.Equal([2024, 2023], (await target.Store.GetIndicatorActualHistoryAsync(30)).Select(r => r.Actual.Year));
        Assert.Empty(await target.Store.GetIndicatorActualHistoryAsync(1));
    }

    [SkippableFact]
    public async Task An_unknown_indicator_is_refused_and_nothing_is_recorded()
    {
        await using var target = await fixture.CreateStoreAsync();

        var refused = await Assert.ThrowsAsync<UnknownIndicatorException>(() => Writer(target).RecordAsync(Actual(35, 2023, 1, "2024-01-01"), "planner"));

        Assert.Equal(35, refused.IndicatorId);
        Assert.Empty(await target.Store.GetIndicatorActualsAsync());
        Assert.Empty(await target.Store.GetIndicatorActualHistoryAsync(35));
    }

    [SkippableTheory]
    [InlineData(1999, 1.0, "bulletin", "year")]
    [InlineData(2023, double.NaN, "bulletin", "value")]
    [InlineData(2023, 1.0, " ", "source")]
    public async Task A_value_that_breaks_a_rule_is_refused_naming_the_field_and_nothing_is_recorded(int year, double value, string source, string field)
    {
        await using var target = await fixture.CreateStoreAsync();

        var refused = await Assert.ThrowsAsync<ArgumentException>(
            () => Writer(target).RecordAsync(new IndicatorActual(1, year, value, source, new DateOnly(2024, 1, 1)), "planner"));

        Assert.Contains(field, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await target.Store.GetIndicatorActualsAsync());
    }

    private static IIndicatorActualWriter Writer(IWritableStore target) => Assert.IsAssignableFrom<IIndicatorActualWriter>(target.Store);

    private static IndicatorActual Actual(int indicator, int year, double value, string asOf) =>
        new(indicator, year, value, $"test bulletin for indicator {indicator}, {year}", DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Two records are the same: value, source, date, comparison values, time, recorder and sequence.</summary>
    internal static void AssertSame(IndicatorActualRecord expected, IndicatorActualRecord actual)
    {
        Assert.Equal(expected with { Actual = actual.Actual }, actual);
        Assert.Equal(expected.Actual with { ComparisonValues = actual.Actual.ComparisonValues }, actual.Actual);
        Assert.Equal(expected.Actual.ComparisonValues.OrderBy(p => p.Key), actual.Actual.ComparisonValues.OrderBy(p => p.Key));
    }
}
