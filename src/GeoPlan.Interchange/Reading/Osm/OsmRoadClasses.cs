using System.Collections.Frozen;

namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>The OSM <c>highway</c> classes read as roads, and the speed assumed where no numeric <c>maxspeed</c> is tagged.</summary>
/// <remarks>
/// Only roads a car or bus uses on a commute are read. Left out: footway, path, cycleway, pedestrian, steps, bridleway
/// (no motor traffic), track (farm and forest tracks), and construction, proposed, abandoned (not open to traffic).
/// </remarks>
public static class OsmRoadClasses
{
    /// <summary>The default speed in km/h of every class read, keyed by its <c>highway</c> value.</summary>
    /// <remarks>
    /// These are defaults, not observations: features say so in <c>speed_source</c>. They are China's design speeds, which
    /// give each road grade a short list of allowed values: JTG B01-2014 (highways: 高速公路 120/100/80, 一级公路 100/80/60,
    /// 二级公路 80/60, 三级公路 40/30, 四级公路 30/20) and CJJ 37-2012 (city roads: 快速路 100/80/60, 主干路 60/50/40,
    /// 次干路 50/40/30, 支路 40/30/20). OSM China tags 高速公路 as motorway, 国道 and 快速路 as trunk, 省道 and 主干路 as
    /// primary, 县道 and 次干路 as secondary, 乡道 and 支路 as tertiary; where a class covers a highway grade and a city
    /// grade, the value both lists allow (or the middle one) is taken. A link (ramp, slip road) is assumed at half the
    /// class it joins, since ramps are designed slower than their main line; that rule is ours, not a standard's.
    /// </remarks>
    public static IReadOnlyDictionary<string, double> DefaultSpeedsKmh { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["motorway"] = 100, // 高速公路: the middle of 120/100/80
        ["trunk"] = 80, // 国道 (mostly 一级公路) and 快速路: the middle of 100/80/60 in both
        ["primary"] = 60, // 主干路 60/50/40 and 二级公路 80/60 share 60
        ["secondary"] = 40, // 次干路 50/40/30 (middle) and 三级公路 40/30 (top)
        ["tertiary"] = 30, // 支路 40/30/20 (middle) and 三级/四级公路 share 30
        ["unclassified"] = 30, // minor rural roads, 四级公路 30/20 (top)
        ["residential"] = 20, // streets inside blocks: the lowest 支路 speed
        ["living_street"] = 10, // pedestrian priority; no Chinese grade, walking-pace streets are signed 10 to 20 elsewhere
        ["service"] = 20, // access roads, car parks: the lowest 支路 speed
        ["motorway_link"] = 50,
        ["trunk_link"] = 40,
        ["primary_link"] = 30,
        ["secondary_link"] = 20,
        ["tertiary_link"] = 15,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when ways with this <c>highway</c> value are read as roads.</summary>
    public static bool Includes(string? highway) => highway is not null && DefaultSpeedsKmh.ContainsKey(highway);
}
