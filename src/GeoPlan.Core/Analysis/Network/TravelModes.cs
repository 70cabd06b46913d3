namespace GeoPlan.Core.Analysis.Network;

/// <summary>The ways a traveller may move in a commute query; rail always allows walking to and from its stations.</summary>
[Flags]
public enum TravelModes
{
    /// <summary>No mode.</summary>
    None = 0,

    /// <summary>On foot.</summary>
    Walk = 1,

    /// <summary>Metro, suburban, intercity and high-speed rail, boarded at stations.</summary>
    Rail = 2,

    /// <summary>By car: door to door, or to a station to park and ride when rail is allowed too.</summary>
    Car = 4,
}
