using System.Text.Json;

namespace GeoPlan.Core.Storage;

/// <summary>How stores keep an indicator actual record: comparison values as one JSON object, times in UTC to the millisecond.</summary>
public static class IndicatorActualColumns
{
    /// <summary>The time a record keeps: <paramref name="time"/> in UTC to the millisecond, as a GeoPackage DATETIME holds it, so that
    /// every store answers the same time.</summary>
    public static DateTimeOffset RecordedTime(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    /// <summary>The comparison values as a JSON object, e.g. <c>{"gdp_growth":5}</c>; <c>{}</c> when there are none.</summary>
    public static string ComparisonValuesJson(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return JsonSerializer.Serialize(new SortedDictionary<string, double>(values.ToDictionary(), StringComparer.Ordinal));
    }

    /// <summary>The comparison values from their stored JSON object.</summary>
    public static IReadOnlyDictionary<string, double> ReadComparisonValues(string json) =>
        new Dictionary<string, double>(JsonSerializer.Deserialize<Dictionary<string, double>>(json) ?? [], StringComparer.Ordinal);
}
