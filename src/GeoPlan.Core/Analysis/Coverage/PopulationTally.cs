namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>Census people of a row and how many of them live in the covered part; a null count carries the reason.</summary>
/// <param name="Population">The census population reported for the row.</param>
/// <param name="Covered">People in the covered part.</param>
/// <param name="Base">The population the covered figure is a share of (a city's districts' sum when it is counted by district).</param>
/// <param name="NullReason">Why a figure is null.</param>
internal readonly record struct PopulationTally(long? Population, double? Covered, double? Base, string? NullReason)
{
    /// <summary>A unit's people spread evenly over its polygon: the covered share of its area holds that share of its people.</summary>
    public static PopulationTally Uniform(PopulationUnit unit, double areaShare) =>
        unit.Population is long people
            ? new PopulationTally(people, people * areaShare, people, null)
            : new PopulationTally(null, null, null, $"{unit.Layer}/{unit.Id} has no census population: {unit.PopulationNullReason}");

    /// <summary>The parts added up; any unknown part makes the sum unknown, with that part's reason.</summary>
    public static PopulationTally Sum(IEnumerable<PopulationTally> parts)
    {
        long? population = 0;
        double? covered = 0;
        double? sumBase = 0;
        var reasons = new List<string>();
        foreach (var part in parts)
        {
            population += part.Population;
            covered += part.Covered;
            sumBase += part.Base;
            if (part.NullReason is not null)
            {
                reasons.Add(part.NullReason);
            }
        }

        return new PopulationTally(population, covered, sumBase, reasons.Count == 0 ? null : string.Join("; ", reasons));
    }

    /// <summary>Covered over base, or the area share when the base holds nobody; null when the covered figure is unknown.</summary>
    public double? Share(double areaShare) => Covered is not double covered || Base is not double people ? null : people > 0 ? covered / people : areaShare;
}
