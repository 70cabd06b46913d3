using System.CommandLine;
using System.Globalization;
using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Core.Analysis.Network;

namespace GeoPlan.Cli.Commands;

/// <summary>The options of <c>geoplan commute</c> that make up the query, and how they are read.</summary>
internal sealed class CommuteOptions
{
    private readonly Option<string?> _from = new("--from")
    {
        Description = "Where commutes start: lon,lat (WGS 84) or collection:feature, e.g. rail_stations:沈阳北站",
    };
    private readonly Option<string?> _to = new("--to")
    {
        Description = "Where commutes end, for who can reach it (instead of --from)",
    };
    private readonly Option<string> _minutes = new("--minutes", "-m")
    {
        Description = "Cutoffs in minutes, 1 to 240, comma-separated",
        DefaultValueFactory = _ => "30,45,60",
    };
    private readonly Option<int> _year = new("--year")
    {
        Description = "The network's year: 2023 (baseline) or 2025 (plan)",
        DefaultValueFactory = _ => 2025,
    };
    private readonly Option<string[]> _add = new("--add-line")
    {
        Description = "A rail line (feature id or line id) that runs although the year would leave it out",
    };
    private readonly Option<string[]> _remove = new("--remove-line")
    {
        Description = "A rail line (feature id or line id) that does not run although the year has it",
    };
    private readonly Option<string> _modes = new("--modes")
    {
        Description = "walk, rail and/or car, comma-separated",
        DefaultValueFactory = _ => "walk,rail,car",
    };
    private readonly Option<double> _cellSize = new("--cell-size")
    {
        Description = "The travel-time grid's cell size in metres (50 to 2000)",
        DefaultValueFactory = _ => CommuteRequest.DefaultCellSizeMeters,
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { _from, _to, _minutes, _year, _add, _remove, _modes, _cellSize })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The query the options give, or null after writing what is wrong to <paramref name="error"/>.</summary>
    public CommuteCall? Read(ParseResult parse, TextWriter error)
    {
        var (fromText, toText) = (parse.GetValue(_from), parse.GetValue(_to));
        if ((fromText is null) == (toText is null))
        {
            error.WriteLine("error: give exactly one of --from (where can I reach) or --to (who can reach it)");
            return null;
        }

        var (name, direction) = fromText is not null ? ("--from", SearchDirection.Forward) : ("--to", SearchDirection.Reverse);
        if (!PlaceReference.TryParse(fromText ?? toText, out var place, out var problem))
        {
            error.WriteLine($"error: {name}: {problem}");
            return null;
        }

        if (!CommuteCutoffs.TryParse(parse.GetValue(_minutes), out var cutoffs, out problem))
        {
            error.WriteLine($"error: --minutes: {problem}");
            return null;
        }

        if (!TravelModeNames.TryParse(parse.GetValue(_modes), out var travelModes, out problem))
        {
            error.WriteLine($"error: --modes: {problem}");
            return null;
        }

        var scenarioYear = parse.GetValue(_year);
        if (!CommuteScenarioCatalog.PlanYears.Contains(scenarioYear))
        {
            error.WriteLine($"error: --year {scenarioYear} is not a year the plan's network is known for; give {string.Join(" or ", CommuteScenarioCatalog.PlanYears)}");
            return null;
        }

        var cell = parse.GetValue(_cellSize);
        if (cell is < CommuteRequest.MinCellSizeMeters or > CommuteRequest.MaxCellSizeMeters)
        {
            error.WriteLine($"error: --cell-size {cell} is not from {CommuteRequest.MinCellSizeMeters} to {CommuteRequest.MaxCellSizeMeters} metres");
            return null;
        }

        var added = parse.GetValue(_add) ?? [];
        var removed = parse.GetValue(_remove) ?? [];
        var scenarioName = string.Concat(
            [scenarioYear.ToString(CultureInfo.InvariantCulture), .. added.Select(l => "+" + l), .. removed.Select(l => "-" + l)]);
        var scenario = new CommuteScenario(scenarioName, scenarioYear, added.ToHashSet(StringComparer.Ordinal), removed.ToHashSet(StringComparer.Ordinal));
        return new CommuteCall(place!, direction, cutoffs, travelModes, scenario, cell);
    }
}
