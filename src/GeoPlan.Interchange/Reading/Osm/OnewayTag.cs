using OsmSharp;

namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>Whether a road may be driven one way only, and whether that way runs against the order of its nodes.</summary>
/// <param name="IsOneway">True for <c>oneway=yes|true|1|-1</c>, and where OSM implies it (roundabouts, motorways) without a tag.</param>
/// <param name="Reverse">True for <c>oneway=-1</c>: traffic runs from the last node to the first.</param>
internal readonly record struct OnewayTag(bool IsOneway, bool Reverse)
{
    public static OnewayTag Of(OsmGeo way) => way.Tag("oneway") switch
    {
        "yes" or "true" or "1" => new(true, false),
        "-1" or "reverse" => new(true, true),
        // OSM's documented implication: a roundabout or a motorway carriageway is one-way unless tagged otherwise.
        null => new(IsImpliedOneway(way), false),
        // no, false, 0, and the time-varying reversible/alternating: both directions are open at some time.
        _ => new(false, false),
    };

    private static bool IsImpliedOneway(OsmGeo way) =>
        way.Tag("junction") is "roundabout" or "circular" || way.HasTag("highway", "motorway");
}
