namespace GeoPlan.Core.Model;

/// <summary>A scenario by year (2023 the baseline, 2025 the plan): which features exist in it, judged by status and years.</summary>
/// <remarks>
/// A feature exists in year Y when it opens (or opened) by Y; without an opening year, an operating feature exists already,
/// and any other exists when the plan targets it for Y or earlier. Stores express the same rule in SQL; the contract tests
/// hold them to <see cref="Includes"/>.
/// </remarks>
/// <param name="Year">The scenario's year.</param>
public readonly record struct ScenarioYear(int Year)
{
    /// <summary>The earliest year a scenario may name.</summary>
    public const int Min = 1900;

    /// <summary>The latest year a scenario may name.</summary>
    public const int Max = 2100;

    /// <summary>True when <paramref name="feature"/> exists in this scenario.</summary>
    public bool Includes(PlanFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return feature.OpenYear is { } open
            ? open <= Year
            : feature.Status == FeatureStatus.Operating || feature.TargetYear <= Year;
    }
}
