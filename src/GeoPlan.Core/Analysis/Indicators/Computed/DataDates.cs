using System.Text.RegularExpressions;
using GeoPlan.Core.Model;

namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>The data date of a layer's features: read from their <c>source</c> text when it states one, else the date geodata/README.md gives.</summary>
public static partial class DataDates
{
    // The dates geodata/README.md gives for layers whose features' sources state none.
    private static readonly Dictionary<string, string> ReadmeDates = new(StringComparer.Ordinal)
    {
        ["parks"] = "the plan year (2022) with facts known to 2023",
        ["roads"] = "the plan year (2022) with facts known to 2023",
        ["core_blocks"] = "the plan year (2022) with facts known to 2023",
        ["districts"] = "population from the 2020 census (第七次全国人口普查); outlines digitised 2025",
        ["metro_cities"] = "population from the 2020 census (第七次全国人口普查); outlines digitised 2025",
        ["rail_lines"] = "2025-10",
        ["rail_stations"] = "2025-10",
    };

    /// <summary>The layer whose census counts the coverage indicators spread over their areas.</summary>
    public const string CensusLayer = "districts";

    /// <summary>One line per layer of <paramref name="features"/>: <c>layer: date (where the date comes from)</c>.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<PlanFeature> features) => Of(features, []);

    /// <summary>The dates of <paramref name="features"/>' layers, then those geodata/README.md gives for <paramref name="otherLayers"/>.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<PlanFeature> features, IEnumerable<string> otherLayers)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(otherLayers);
        var dates = features.GroupBy(f => f.Layer, StringComparer.Ordinal).Select(Describe).ToList();
        var listed = dates.Select(d => d[..d.IndexOf(':', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        dates.AddRange(otherLayers.Where(listed.Add).Select(l => Readme(l)));
        return dates;
    }

    private static string Describe(IGrouping<string, PlanFeature> layer)
    {
        var stated = layer.Select(f => DataDatePattern().Match(f.Source)).Where(m => m.Success).Select(m => m.Groups["date"].Value)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (stated.Count > 0)
        {
            return $"{layer.Key}: status as known at {string.Join(", ", stated)} (data date in the features' source)";
        }

        return Readme(layer.Key);
    }

    private static string Readme(string layer) => ReadmeDates.TryGetValue(layer, out var date)
        ? $"{layer}: {date} (geodata/README.md)"
        : $"{layer}: not stated (neither the features' source nor geodata/README.md gives a data date)";

    [GeneratedRegex(@"data date \(?(?<date>\d{4}(-\d{2}(-\d{2})?)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DataDatePattern();
}
