using System.Globalization;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>Writes the numbers of a light's reason: at most three decimals, with the unit in English where it has a short form.</summary>
internal static class LightQuantity
{
    /// <summary>A value with its unit, e.g. <c>150.3 km</c>, <c>3.9%</c>, <c>8,600 亿元</c>.</summary>
    public static string Of(double value, string? unit) => unit switch
    {
        null or "" => Number(value),
        "%" => Number(value) + "%",
        "公里" => Number(value) + " km",
        _ => Number(value) + " " + unit,
    };

    /// <summary>A difference between two values: percentages differ by percentage points, everything else by its unit.</summary>
    public static string Difference(double value, string? unit) => unit == "%" ? Number(value) + " percentage points" : Of(value, unit);

    /// <summary>A plain number, e.g. <c>16.5</c> or <c>10,000</c>.</summary>
    public static string Number(double value) =>
        // Adding 0.0 turns a rounded −0 into 0, which would otherwise print as "-0".
        (Math.Round(value, 3) + 0.0).ToString("#,0.###", CultureInfo.InvariantCulture);
}
