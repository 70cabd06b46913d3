using System.Globalization;
using GeoPlan.Core.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Http;

/// <summary>The <c>year</c> parameter every API shares: a scenario year from <see cref="ScenarioYear.Min"/> to <see cref="ScenarioYear.Max"/>.</summary>
public static class ScenarioYearParameter
{
    /// <summary>The parameter's name.</summary>
    public const string Name = "year";

    /// <summary>Parses a year, or says what is allowed.</summary>
    public static bool TryParse(string? text, out ScenarioYear scenario, out string error)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= ScenarioYear.Min && year <= ScenarioYear.Max)
        {
            scenario = new ScenarioYear(year);
            error = "";
            return true;
        }

        scenario = default;
        error = $"year must be a year from {ScenarioYear.Min} to {ScenarioYear.Max} (2023 is the baseline, 2025 the plan); got '{text}'";
        return false;
    }

    /// <summary>The request's optional year: none when absent, a problem naming the parameter when it is not one year.</summary>
    public static (ScenarioYear? Year, ProblemHttpResult? Problem) Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Query.TryGetValue(Name, out var values))
        {
            return (null, null);
        }

        if (values.Count != 1)
        {
            return (null, ApiProblem.BadParameter(Name, "give year once"));
        }

        return TryParse(values[0], out var year, out var error) ? (year, null) : (null, ApiProblem.BadParameter(Name, error));
    }
}
