using System.Collections.Frozen;
using NetTopologySuite.Geometries;
using OsmSharp;

namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>The <see cref="OsmLayers.Railways"/> layer: track a train, metro or tram runs on today.</summary>
/// <remarks>
/// Left out: <c>railway=construction</c> and <c>proposed</c> (no service yet; the plan's own rail layer holds planned
/// lines with their years), <c>abandoned</c>, <c>disused</c> and <c>razed</c> (no service any more), and platforms,
/// crossings and the like, which are not track.
/// </remarks>
internal sealed class RailwayLayer : OsmLayer
{
    private static readonly FrozenSet<string> Kinds =
        FrozenSet.ToFrozenSet(["rail", "subway", "light_rail", "monorail", "narrow_gauge", "tram"], StringComparer.Ordinal);

    public override bool Selects(Way way) => way.Tag("railway") is { } railway && Kinds.Contains(railway);

    public override Dictionary<string, object?> Attributes(OsmGeo element)
    {
        var attributes = StartAttributes(element);
        attributes["railway"] = element.Tag("railway");
        AddNames(attributes, element);
        attributes["ref"] = element.Tag("ref");
        attributes["usage"] = element.Tag("usage");
        attributes["service"] = element.Tag("service");
        attributes["electrified"] = element.Tag("electrified");
        attributes["maxspeed_kmh"] = MaxSpeedTag.Kmh(element.Tag("maxspeed"));
        attributes["gauge"] = element.Tag("gauge");
        return attributes;
    }

    public override Geometry Shape(Coordinate[] coordinates, GeometryFactory factory) => factory.CreateLineString(coordinates);
}
