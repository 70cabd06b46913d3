using GeoPlan.Core.Analysis.Network;

namespace GeoPlan.Server.Analysis;

/// <summary>A named commute scenario in configuration (<c>GeoPlan:CommuteScenarios</c>): a year's network with lines added or removed.</summary>
public sealed class CommuteScenarioOptions
{
    /// <summary>The name queries give as <c>scenario=</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The year whose network it starts from.</summary>
    public int Year { get; set; }

    /// <summary>Rail line feature ids or line ids that run in it although the year would leave them out.</summary>
    public List<string> Add { get; set; } = [];

    /// <summary>Rail line feature ids or line ids that do not run in it although the year would include them.</summary>
    public List<string> Remove { get; set; } = [];

    /// <summary>The scenario this configuration describes.</summary>
    public CommuteScenario ToScenario() => new(Name, Year, Add.ToHashSet(StringComparer.Ordinal), Remove.ToHashSet(StringComparer.Ordinal));
}
