using System.Globalization;
using GeoPlan.Core.Analysis.Network;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>The scenarios a commute query may name: the plan's years (2023 baseline, 2025 plan) and named variants of them.</summary>
public sealed class CommuteScenarioCatalog
{
    /// <summary>The years whose networks the plan describes.</summary>
    public static IReadOnlyList<int> PlanYears { get; } = [2023, 2025];

    private readonly Dictionary<string, CommuteScenario> _named;

    /// <summary>A catalogue of the plan years and <paramref name="named"/>, whose names must be unique and not plain years.</summary>
    public CommuteScenarioCatalog(IEnumerable<CommuteScenario> named)
    {
        ArgumentNullException.ThrowIfNull(named);
        _named = new Dictionary<string, CommuteScenario>(StringComparer.OrdinalIgnoreCase);
        foreach (var scenario in named)
        {
            if (int.TryParse(scenario.Name, out _) || !_named.TryAdd(scenario.Name, scenario))
            {
                throw new ArgumentException($"scenario name '{scenario.Name}' is a year or given twice; names must be unique words", nameof(named));
            }
        }
    }

    /// <summary>The named scenarios in name order.</summary>
    public IEnumerable<CommuteScenario> Named => _named.Values.OrderBy(s => s.Name, StringComparer.Ordinal);

    /// <summary>The scenario a query asks for by year and/or name (default: the plan's last year), or an error naming the parameter.</summary>
    public bool TryResolve(string? year, string? name, out CommuteScenario scenario, out string parameter, out string error)
    {
        scenario = CommuteScenario.OfYear(PlanYears[^1]);
        parameter = "";
        error = "";
        int? asked = null;
        if (year is not null)
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || !PlanYears.Contains(value))
            {
                (parameter, error) = ("year", $"'{year}' is not a year the plan's network is known for; give {string.Join(" or ", PlanYears)}, " +
                    "or a named scenario with scenario=");
                return false;
            }

            asked = value;
        }

        if (name is null)
        {
            scenario = CommuteScenario.OfYear(asked ?? PlanYears[^1]);
            return true;
        }

        if (!_named.TryGetValue(name, out var named))
        {
            var known = _named.Count == 0 ? "none are configured" : "known: " + string.Join(", ", Named.Select(s => s.Name));
            (parameter, error) = ("scenario", $"there is no scenario named '{name}'; {known}");
            return false;
        }

        if (asked is { } y && y != named.Year)
        {
            (parameter, error) = ("year", $"scenario '{named.Name}' is a {named.Year} network, but year={y} was asked; drop year or make them agree");
            return false;
        }

        scenario = named;
        return true;
    }
}
