namespace GeoPlan.Core.Analysis.Commute;

/// <summary>Thrown when a commute query's place is farther from the network than a traveller may go off it.</summary>
public sealed class OriginOutsideNetworkException : Exception
{
    /// <summary>A place <paramref name="nearestNodeMeters"/> from the nearest usable node, beyond <paramref name="limitMeters"/>.</summary>
    public OriginOutsideNetworkException(double nearestNodeMeters, double limitMeters)
        : base(Describe(nearestNodeMeters, limitMeters))
    {
        NearestNodeMeters = nearestNodeMeters;
        LimitMeters = limitMeters;
    }

    /// <summary>Distance in metres from the place to the nearest node of the network it may use; +∞ when the network has none.</summary>
    public double NearestNodeMeters { get; }

    /// <summary>The farthest a traveller may go off the network with the modes asked for, in metres.</summary>
    public double LimitMeters { get; }

    private static string Describe(double nearest, double limit) => double.IsFinite(nearest)
        ? $"the place is {nearest:0} m from the nearest node of the network it may use, farther than the {limit:0} m a traveller may go off it; " +
          "choose a place inside the metropolitan area's network or allow another mode"
        : "the network has no node the modes asked for may use; allow another mode";
}
