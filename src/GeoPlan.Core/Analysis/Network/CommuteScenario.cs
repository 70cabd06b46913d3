using GeoPlan.Core.Model;

namespace GeoPlan.Core.Analysis.Network;

/// <summary>The network of a year, with lines added or removed by name ("2025 + 沈抚城际") without editing the data.</summary>
/// <param name="Name">The scenario's name, as callers ask for it.</param>
/// <param name="Year">The year whose features make up the network (see <see cref="ScenarioYear"/>).</param>
/// <param name="AddedLines">Rail line feature ids or <c>line_id</c>s that run although the year would leave them out.</param>
/// <param name="RemovedLines">Rail line feature ids or <c>line_id</c>s that do not run although the year would include them.</param>
public sealed record CommuteScenario(string Name, int Year, IReadOnlySet<string> AddedLines, IReadOnlySet<string> RemovedLines)
{
    /// <summary>The plain scenario of a year, named by the year.</summary>
    public static CommuteScenario OfYear(int year) =>
        new(year.ToString(System.Globalization.CultureInfo.InvariantCulture), year, new HashSet<string>(), new HashSet<string>());

    /// <summary>True when the rail line section runs in this scenario.</summary>
    public bool Runs(PlanFeature line, string? lineId)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (RemovedLines.Contains(line.Id) || (lineId is not null && RemovedLines.Contains(lineId)))
        {
            return false;
        }

        return AddedLines.Contains(line.Id) || (lineId is not null && AddedLines.Contains(lineId)) || new ScenarioYear(Year).Includes(line);
    }
}
