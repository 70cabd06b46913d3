namespace GeoPlan.Core.Analysis.Network;

/// <summary>What a node of the commute graph stands for.</summary>
public enum NodeKind
{
    /// <summary>A road vertex in the walking layer.</summary>
    RoadOnFoot,

    /// <summary>A road vertex in the driving layer.</summary>
    RoadByCar,

    /// <summary>A station's entrance (boarding side) or exit (arriving side) at street level; each station has one of each.</summary>
    StationStreet,

    /// <summary>Inside a station's fare gates, between platforms: where transfers happen.</summary>
    StationTransfer,

    /// <summary>A station's car park, where drivers park and ride.</summary>
    StationCar,

    /// <summary>A line's stop at a station: boarded after the wait, ridden on to the line's next stop.</summary>
    LineStop,
}
