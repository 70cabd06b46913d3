namespace GeoPlan.Core.Analysis.Network;

/// <summary>Whether a search measures travel from a place (where can I reach) or to it (who can reach me).</summary>
public enum SearchDirection
{
    /// <summary>Travel times from the origin outwards.</summary>
    Forward,

    /// <summary>Travel times from everywhere to the destination.</summary>
    Reverse,
}
