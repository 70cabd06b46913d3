using System.Globalization;
using GeoPlan.Core.Analysis.Indicators;

namespace GeoPlan.Core.Validation;

/// <summary>The rules an indicator actual value meets before any store keeps it, wherever it comes from: geodata or a request.</summary>
public static class IndicatorActualValidity
{
    /// <summary>The first year a value may describe.</summary>
    public const int FirstYear = 2000;

    /// <summary>The last year a value may describe.</summary>
    public const int LastYear = 2100;

    /// <summary>Every problem of <paramref name="actual"/>, judged on <paramref name="today"/>; empty when it may be kept.</summary>
    /// <remarks>The indicator id is not checked here: whether it exists is the store's answer.</remarks>
    public static IReadOnlyList<IndicatorActualProblem> FindProblems(IndicatorActual actual, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var problems = new List<IndicatorActualProblem>();
        var yearInRange = actual.Year is >= FirstYear and <= LastYear;
        if (!yearInRange)
        {
            problems.Add(new("year", $"the year is {actual.Year}; a value describes a year from {FirstYear} to {LastYear}"));
        }

        if (!double.IsFinite(actual.Value))
        {
            problems.Add(new("value", "the value must be a finite number"));
        }

        if (string.IsNullOrWhiteSpace(actual.Source))
        {
            problems.Add(new("source", "name where the value comes from, e.g. the statistical bulletin and its table"));
        }

        if (actual.AsOf > today)
        {
            problems.Add(new("as_of", $"the source's date {Text(actual.AsOf)} is after today, {Text(today)}"));
        }
        else if (yearInRange && actual.AsOf < new DateOnly(actual.Year, 1, 1))
        {
            problems.Add(new("as_of", $"the source's date {Text(actual.AsOf)} is before the year {actual.Year} it describes began"));
        }

        foreach (var (name, value) in actual.ComparisonValues)
        {
            if (!IsName(name))
            {
                problems.Add(new("comparison_values", $"'{name}' is not a name; use lower case letters, digits and '_', e.g. gdp_growth"));
            }
            else if (!double.IsFinite(value))
            {
                problems.Add(new("comparison_values", $"'{name}' must be a finite number"));
            }
        }

        return problems;
    }

    /// <summary>Every problem of <paramref name="actual"/>, judged today; empty when it may be kept.</summary>
    public static IReadOnlyList<IndicatorActualProblem> FindProblems(IndicatorActual actual) => FindProblems(actual, TodayAnywhere);

    /// <summary>Throws when <paramref name="actual"/> has a problem, as a store does before it keeps a value.</summary>
    /// <exception cref="ArgumentException">The first problem, naming its field.</exception>
    public static void Require(IndicatorActual actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        if (FindProblems(actual) is [var first, ..])
        {
            throw new ArgumentException($"indicator {actual.IndicatorId}, {actual.Year}: {first.Field}: {first.Message}", nameof(actual));
        }
    }

    // The latest date anywhere on earth: a bulletin dated today in Shenyang (UTC+8) is dated while it is still yesterday in UTC.
    private static DateOnly TodayAnywhere => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(14));

    private static bool IsName(string name) =>
        name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_') && name[0] is >= 'a' and <= 'z';

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
