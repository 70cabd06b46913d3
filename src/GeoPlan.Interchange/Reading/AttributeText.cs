using System.Globalization;

namespace GeoPlan.Interchange.Reading;

/// <summary>Typed attribute values from text that carries no type of its own (CSV cells, KML data values).</summary>
internal static class AttributeText
{
    private const NumberStyles Decimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>A whole number as long, another finite number as double, true or false as bool, empty as null, else the text.</summary>
    /// <remarks>
    /// Numbers with leading zeros (postcodes, codes like 0024) and whole numbers too large for a long (long ids) stay text:
    /// reading them as numbers would change what they say.
    /// </remarks>
    public static object? ToValue(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!StartsLikeNumber(text) || HasLeadingZero(text))
        {
            return text;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (IsWholeNumber(text))
        {
            return text;
        }

        return double.TryParse(text, Decimal, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real) ? real : text;
    }

    /// <summary>The number <paramref name="text"/> holds when it is a finite decimal number, for coordinates.</summary>
    public static bool TryParseCoordinate(string text, out double value) =>
        double.TryParse(text, Decimal, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static bool StartsLikeNumber(string text)
    {
        var first = text[0];
        return char.IsAsciiDigit(first) || first is '-' or '+' or '.';
    }

    private static bool HasLeadingZero(string text)
    {
        var digits = text.AsSpan().TrimStart("+-");
        return digits.Length > 1 && digits[0] == '0' && char.IsAsciiDigit(digits[1]);
    }

    private static bool IsWholeNumber(string text)
    {
        var digits = text.AsSpan().TrimStart("+-");
        return digits.Length > 0 && digits.Length >= text.Length - 1 && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
