namespace GeoPlan.Core.Analysis.Network;

/// <summary>The travel assumptions of the commute network: speeds, detours, waits and access distances, each with its basis.</summary>
/// <remarks>
/// Values marked "assumption" are typical values chosen by the GeoPlan team, not measurements for Shenyang; a caller who has
/// better figures sets them with <c>with { ... }</c>. Everything a network was built with is kept in
/// <see cref="MultimodalNetwork.Settings"/>, so a result can always say which assumptions made it.
/// </remarks>
public sealed record NetworkSettings
{
    /// <summary>The settings described on each property.</summary>
    public static NetworkSettings Default { get; } = new();

    /// <summary>Walking speed in km/h: 4.8 (1.33 m/s).</summary>
    /// <remarks>
    /// Basis: the usual planning value for adults (1.2–1.4 m/s in pedestrian studies and highway-capacity manuals), inside
    /// the 4.5–5 km/h range commute models commonly use. Assumption for Shenyang, not measured.
    /// </remarks>
    public double WalkSpeedKmh { get; init; } = 4.8;

    /// <summary>Ratio of the distance travelled to the straight-line distance on legs off the modelled network: 1.3.</summary>
    /// <remarks>
    /// Basis: a common crow-fly detour factor for street networks (published values mostly lie between 1.2 and 1.4 for urban
    /// grids). Assumption: applied alike to walking and local driving, and to walking transfers between stations.
    /// </remarks>
    public double Circuity { get; init; } = 1.3;

    /// <summary>Speed in km/h of driving on local streets not in the road layer (to and from the network): 25.</summary>
    /// <remarks>
    /// Basis: CJJ 37-2012 allows 20–40 km/h on 支路 (local streets); 25 km/h is near its low end to allow for junctions,
    /// parking and the peak hour. Assumption.
    /// </remarks>
    public double CarLocalSpeedKmh { get; init; } = 25;

    /// <summary>The longest straight-line walk in metres to or from the network (origin, stations, destination cells): 2,000.</summary>
    /// <remarks>Basis: about 32 minutes at 4.8 km/h with circuity 1.3, beyond which few commuters walk to transit. Assumption.</remarks>
    public double MaxWalkMeters { get; init; } = 2_000;

    /// <summary>The longest straight-line local drive in metres to or from the road layer (and to a station car park): 5,000.</summary>
    /// <remarks>
    /// Basis: a local street leg stays short against the trip; 5 km straight line is 15.6 minutes at 25 km/h with circuity 1.3.
    /// With a full street network (OSM) the nearest road node is usually within 200 m; with the bundled expressway sketch this
    /// bound decides how far from an expressway vertex a car may start or end. Assumption.
    /// </remarks>
    public double MaxCarLocalMeters { get; init; } = 5_000;

    /// <summary>The longest straight-line walk in metres between two stations counted as a transfer: 400.</summary>
    /// <remarks>Basis: a station pair within about 5 minutes' walk (400 m × 1.3 at 4.8 km/h is 6.5 minutes). Assumption.</remarks>
    public double TransferWalkMeters { get; init; } = 400;

    /// <summary>Seconds added to every transfer between lines, on top of the wait and any walk: 300 (5 minutes).</summary>
    /// <remarks>
    /// Basis: transfer penalties of 5–10 minutes are typical in transit assignment models to stand for the effort of a
    /// transfer; the lower end is taken. Assumption.
    /// </remarks>
    public double TransferPenaltySeconds { get; init; } = 300;

    /// <summary>The expected wait as a share of the headway: 0.5 ("half the headway").</summary>
    /// <remarks>
    /// Basis: a passenger arriving at random on a line with a regular interval H waits H/2 on average. This is the rule used
    /// at every boarding, from the street and at transfers.
    /// </remarks>
    public double WaitFactor { get; init; } = 0.5;

    /// <summary>Seconds to park at a station and walk to the platform entrance (park and ride): 300 (5 minutes).</summary>
    /// <remarks>Basis: finding a space and walking from the car park to the platform. Assumption.</remarks>
    public double ParkAndRideSeconds { get; init; } = 300;

    /// <summary>How many nearest road nodes a station's entrance (on foot) and car park (by car) are linked to: 4.</summary>
    /// <remarks>
    /// Each link costs the off-network leg at walking or local driving speed, and only nodes within
    /// <see cref="MaxWalkMeters"/> or <see cref="MaxCarLocalMeters"/> count. Several links let the entrance join streets on
    /// more than one side. Assumption.
    /// </remarks>
    public int StationRoadLinks { get; init; } = 4;

    /// <summary>Headway in minutes used for a running line section whose <c>headway_min</c> is not known, by rail <c>mode</c>.</summary>
    /// <remarks>
    /// Used only when a scenario runs a section without a timetable (a planned line added by name); the network lists every
    /// such use in <see cref="MultimodalNetwork.Assumptions"/>. Basis: the bundled data's typical peak intervals (metro 4–8,
    /// high-speed 15–30, intercity 20 minutes); the upper ends are taken. Assumption.
    /// </remarks>
    public IReadOnlyDictionary<string, double> DefaultHeadwayMinutes { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["metro"] = 8,
        ["intercity"] = 20,
        ["high_speed"] = 30,
    };

    /// <summary>Headway in minutes for a section without <c>headway_min</c> whose mode is not in <see cref="DefaultHeadwayMinutes"/>: 30.</summary>
    public double FallbackHeadwayMinutes { get; init; } = 30;

    /// <summary>Road classes (<c>road_class</c>, else OSM <c>highway</c>) closed to pedestrians: they carry cars only.</summary>
    /// <remarks>Basis: China's Road Traffic Safety Law bars pedestrians from 高速公路, and 城市快速路 are fenced.</remarks>
    public IReadOnlySet<string> CarOnlyRoadClasses { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "motorway", "motorway_link", "expressway", "ring_expressway", "urban_expressway",
    };

    /// <summary>Free-flow speed and peak-hour congestion factor by road class (<c>road_class</c>, else OSM <c>highway</c>).</summary>
    /// <remarks>
    /// A road's own <c>speed_kmh</c> wins over the free-flow speed here; the congestion factor always applies. Free-flow speeds
    /// follow China's design speeds (JTG B01-2014, CJJ 37-2012), as the OSM importer's class defaults do. Congestion factors
    /// are assumptions: large Chinese cities report peak travel-time indices of about 1.5–1.8 (a trip takes 1.5–1.8 times its
    /// free-flow time, i.e. speed factors 0.55–0.67); the factor is set lower for arterials, which carry the queues at
    /// signals, and higher for expressways and minor streets. They are not measured per class in Shenyang.
    /// </remarks>
    public IReadOnlyDictionary<string, RoadSpeed> RoadSpeeds { get; init; } = new Dictionary<string, RoadSpeed>(StringComparer.Ordinal)
    {
        // Bundled sketch classes (geodata/roads.geojson).
        ["expressway"] = new(100, 0.75),
        ["ring_expressway"] = new(100, 0.7),
        ["urban_expressway"] = new(80, 0.6),

        // OSM highway classes.
        ["motorway"] = new(100, 0.75),
        ["trunk"] = new(80, 0.6),
        ["primary"] = new(60, 0.55),
        ["secondary"] = new(40, 0.6),
        ["tertiary"] = new(30, 0.65),
        ["unclassified"] = new(30, 0.75),
        ["residential"] = new(20, 0.8),
        ["living_street"] = new(10, 0.9),
        ["service"] = new(20, 0.8),
        ["motorway_link"] = new(50, 0.7),
        ["trunk_link"] = new(40, 0.6),
        ["primary_link"] = new(30, 0.55),
        ["secondary_link"] = new(20, 0.6),
        ["tertiary_link"] = new(15, 0.65),
    };

    /// <summary>Speed and congestion factor for a road of a class not in <see cref="RoadSpeeds"/>: 30 km/h and 0.75.</summary>
    /// <remarks>Assumption: treated like an OSM <c>unclassified</c> road; the network lists every such use.</remarks>
    public RoadSpeed UnknownRoadSpeed { get; init; } = new(30, 0.75);

    /// <summary>Walking speed in metres per second.</summary>
    internal double WalkMetersPerSecond => WalkSpeedKmh / 3.6;

    /// <summary>Local driving speed in metres per second.</summary>
    internal double CarLocalMetersPerSecond => CarLocalSpeedKmh / 3.6;
}
