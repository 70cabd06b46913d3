namespace GeoPlan.Core.Analysis.Indicators;

/// <summary>The parts a feature plays in a computed indicator, as the explain map labels them.</summary>
public static class ContributingRoles
{
    /// <summary>Counted in the numerator: a metro section measured, a park or station whose buffer covers.</summary>
    public const string Counted = "counted";

    /// <summary>Bounds the denominator: the third ring road, the metropolitan cities.</summary>
    public const string Denominator = "denominator";

    /// <summary>The place a travel time is measured from.</summary>
    public const string Origin = "origin";

    /// <summary>Part of the travel network searched.</summary>
    public const string Network = "network";

    /// <summary>The covered area itself (not a stored feature).</summary>
    public const string Covered = "covered";
}
