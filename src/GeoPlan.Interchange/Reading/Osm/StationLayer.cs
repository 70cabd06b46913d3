using System.Collections.Frozen;
using NetTopologySuite.Geometries;
using OsmSharp;

namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>The <see cref="OsmLayers.Stations"/> layer: railway, metro and tram stations as points.</summary>
/// <remarks>
/// A station is <c>railway=station|halt|tram_stop</c>, or <c>public_transport=station</c> for a rail mode
/// (<c>train|subway|light_rail|monorail|tram=yes</c>), so bus stations stay out. Nodes are read as they are; a way mapped
/// as the station's outline (or drawn as a line) is read as its centroid, in degrees, which at a station's size is
/// within centimetres of a metric centroid. A station mapped both as a node and as an area gives two points, as OSM has
/// two objects; station relations (multipolygons, stop areas) are not read.
/// </remarks>
internal sealed class StationLayer : OsmLayer
{
    private static readonly FrozenSet<string> RailwayValues =
        FrozenSet.ToFrozenSet(["station", "halt", "tram_stop"], StringComparer.Ordinal);
    private static readonly string[] RailModes = ["train", "subway", "light_rail", "monorail", "tram"];

    public override bool Selects(Node node) => IsStation(node);

    public override bool Selects(Way way) => IsStation(way);

    public override Dictionary<string, object?> Attributes(OsmGeo element)
    {
        var attributes = StartAttributes(element);
        attributes["osm_type"] = element is Node ? "node" : "way";
        attributes["railway"] = element.Tag("railway");
        attributes["public_transport"] = element.Tag("public_transport");
        attributes["station"] = element.Tag("station");
        AddNames(attributes, element);
        attributes["network"] = element.Tag("network");
        attributes["operator"] = element.Tag("operator");
        return attributes;
    }

    public override Geometry Shape(Coordinate[] coordinates, GeometryFactory factory)
    {
        Geometry outline = coordinates.Length >= 4 && coordinates[0].Equals2D(coordinates[^1])
            ? factory.CreatePolygon(coordinates)
            : factory.CreateLineString(coordinates);
        return factory.CreatePoint(outline.Centroid.Coordinate);
    }

    private static bool IsStation(OsmGeo element) =>
        (element.Tag("railway") is { } railway && RailwayValues.Contains(railway))
        || (element.HasTag("public_transport", "station") && RailModes.Any(mode => element.HasTag(mode, "yes")));
}
