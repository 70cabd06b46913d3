using System.Globalization;

namespace GeoPlan.Server.Maps;

/// <summary>Reads comma-separated numbers such as a BBOX or a centre point.</summary>
internal static class CommaNumbers
{
    /// <summary>True when the text is exactly <paramref name="count"/> finite numbers separated by commas.</summary>
    public static bool TryParse(string text, int count, out double[] numbers)
    {
        var parts = text.Split(',');
        numbers = new double[parts.Length];
        if (parts.Length != count)
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                return false;
            }
        }

        return true;
    }
}
