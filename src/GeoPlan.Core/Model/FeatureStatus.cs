namespace GeoPlan.Core.Model;

/// <summary>Where a feature stands in its life: running today, being built, planned, or only proposed.</summary>
public enum FeatureStatus
{
    /// <summary>Built and in use.</summary>
    Operating,

    /// <summary>Under construction.</summary>
    UnderConstruction,

    /// <summary>Approved or scheduled in a plan, construction not started.</summary>
    Planned,

    /// <summary>Named by the plan as an idea or study; no alignment or schedule is fixed.</summary>
    Proposed,
}
