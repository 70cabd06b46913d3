using System.Globalization;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>The indicators computed live from geometry, by key, and how a caller may name them (table row number or key).</summary>
public static class ComputedIndicatorKeys
{
    /// <summary>城市快速轨道交通里程, indicator 32: operating metro length.</summary>
    public const string MetroLength = "metro_length";

    /// <summary>公园绿地服务半径覆盖率: the share within a park's service radius.</summary>
    public const string ParkServiceCoverage = "park_service_coverage";

    /// <summary>轨道站点800米覆盖率: the share within 800 m of an operating station.</summary>
    public const string Station800mCoverage = "station_800m_coverage";

    /// <summary>都市圈1小时人口覆盖率: the metropolitan population within 60 minutes of Shenyang's centre.</summary>
    public const string MetropolitanCommute60 = "metropolitan_commute_60";

    /// <summary>The indicator table's row filled by <see cref="MetroLength"/>.</summary>
    public const int MetroLengthIndicatorId = 32;

    /// <summary>Every key: metro length, park service, station 800 m, metropolitan 1-hour coverage.</summary>
    public static IReadOnlyList<string> All { get; } = [MetroLength, ParkServiceCoverage, Station800mCoverage, MetropolitanCommute60];

    /// <summary>The key <paramref name="id"/> names (a key, or 32 for metro length), or null when it names no computed indicator.</summary>
    public static string? Resolve(string? id)
    {
        var text = id?.Trim() ?? "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var row))
        {
            return row == MetroLengthIndicatorId ? MetroLength : null;
        }

        return All.FirstOrDefault(k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>How to name the computed indicators, for error messages.</summary>
    public static string Describe() =>
        $"indicators computed from geometry are {MetroLengthIndicatorId} (or {MetroLength}), {ParkServiceCoverage}, "
        + $"{Station800mCoverage} and {MetropolitanCommute60}";
}
