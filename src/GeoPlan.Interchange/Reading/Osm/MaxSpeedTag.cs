using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>Reads OSM <c>maxspeed</c> values: a number in km/h unless a unit follows (<c>60</c>, <c>60 km/h</c>, <c>40 mph</c>).</summary>
internal static partial class MaxSpeedTag
{
    private const double KmPerMile = 1.609344;
    private const double KmPerNauticalMile = 1.852;

    /// <summary>The limit in km/h, or null when not one number: a zone (<c>CN:urban</c>), <c>none</c>, <c>walk</c>, a list.</summary>
    public static double? Kmh(string? value)
    {
        if (value is null || SpeedPattern().Match(value.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var number = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        if (number <= 0)
        {
            return null;
        }

        return match.Groups["unit"].Value switch
        {
            "mph" => number * KmPerMile,
            "knots" => number * KmPerNauticalMile,
            _ => number,
        };
    }

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?)\s*(?<unit>km/h|kmh|kph|mph|knots)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeedPattern();
}
