using System.Text.Json;

namespace GeoPlan.Core.Storage;

/// <summary>How stores keep an actual value's comparison values: one JSON object of numbers by name, keys in ordinal order.</summary>
public static class IndicatorActualColumns
{
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
