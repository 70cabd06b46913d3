using System.Globalization;
using GeoPlan.Core.Analysis.Commute;
using GeoPlan.Core.Analysis.Network;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Analysis;

/// <summary>A commute query's inputs by name — from a query string or an OGC process execution — and how they are read.</summary>
public sealed class CommuteInputs
{
    /// <summary>The inputs a commute query takes.</summary>
    public static IReadOnlyList<string> Names { get; } = ["from", "to", "minutes", "year", "scenario", "modes", "cell_size"];

    /// <summary>The cutoffs when none are given.</summary>
    public const string DefaultMinutes = "30,45,60";

    private readonly IReadOnlyDictionary<string, string> _values;

    /// <summary>Inputs with the given text values.</summary>
    public CommuteInputs(IReadOnlyDictionary<string, string> values) => _values = values;

    /// <summary>The inputs of a query string; a repeated input reads as its values joined by commas.</summary>
    public static CommuteInputs FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new CommuteInputs(query.ToDictionary(p => p.Key, p => string.Join(",", p.Value.ToArray()), StringComparer.Ordinal));
    }

    /// <summary>The query, or a 400 problem naming the input that is wrong and what it allows.</summary>
    public (CommuteCall? Call, ProblemHttpResult? Problem) Read(CommuteScenarioCatalog scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var from = _values.GetValueOrDefault("from");
        var to = _values.GetValueOrDefault("to");
        if ((from is null) == (to is null))
        {
            return Bad("from", "give exactly one of from= (where can I reach) or to= (who can reach it), as lon,lat or collection:feature");
        }

        var (name, text, direction) = from is not null ? ("from", from, SearchDirection.Forward) : ("to", to!, SearchDirection.Reverse);
        if (!PlaceReference.TryParse(text, out var place, out var error))
        {
            return Bad(name, error);
        }

        if (!CommuteCutoffs.TryParse(_values.GetValueOrDefault("minutes", DefaultMinutes), out var minutes, out error))
        {
            return Bad("minutes", error);
        }

        if (!TravelModeNames.TryParse(_values.GetValueOrDefault("modes", TravelModeNames.Format(TravelModeNames.All)), out var modes, out error))
        {
            return Bad("modes", error);
        }

        if (!scenarios.TryResolve(_values.GetValueOrDefault("year"), _values.GetValueOrDefault("scenario"), out var scenario, out var parameter, out error))
        {
            return Bad(parameter, error);
        }

        var cellText = _values.GetValueOrDefault("cell_size");
        var cellSize = CommuteRequest.DefaultCellSizeMeters;
        if (cellText is not null &&
            (!double.TryParse(cellText, NumberStyles.Float, CultureInfo.InvariantCulture, out cellSize) || !double.IsFinite(cellSize) ||
             cellSize is < CommuteRequest.MinCellSizeMeters or > CommuteRequest.MaxCellSizeMeters))
        {
            return Bad("cell_size", $"'{cellText}' is not a cell size from {CommuteRequest.MinCellSizeMeters} to {CommuteRequest.MaxCellSizeMeters} metres");
        }

        return (new CommuteCall(place!, direction, minutes, modes, scenario, cellSize), null);
    }

    private static (CommuteCall?, ProblemHttpResult?) Bad(string parameter, string detail) => (null, ApiProblem.BadParameter(parameter, detail));
}
