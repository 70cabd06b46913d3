using NetTopologySuite.Geometries;
using OsmSharp;

namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>The <see cref="OsmLayers.Roads"/> layer: ways of the <see cref="OsmRoadClasses"/>, with the speed to travel them.</summary>
internal sealed class RoadLayer : OsmLayer
{
    public const string SpeedFromMaxspeed = "maxspeed";
    public const string SpeedFromClassDefault = "class default";

    public override bool Selects(Way way) => OsmRoadClasses.Includes(way.Tag("highway"));

    public override Dictionary<string, object?> Attributes(OsmGeo element)
    {
        var highway = element.Tag("highway")!;
        var maxspeed = MaxSpeedTag.Kmh(element.Tag("maxspeed"));
        var oneway = OnewayTag.Of(element);
        var attributes = StartAttributes(element);
        attributes["highway"] = highway;
        AddNames(attributes, element);
        attributes["ref"] = element.Tag("ref");
        attributes["oneway"] = oneway.IsOneway;
        attributes["oneway_reverse"] = oneway.Reverse;
        attributes["maxspeed_kmh"] = maxspeed;
        attributes["speed_kmh"] = maxspeed ?? OsmRoadClasses.DefaultSpeedsKmh[highway];
        attributes["speed_source"] = maxspeed is null ? SpeedFromClassDefault : SpeedFromMaxspeed;
        attributes["lanes"] = element.WholeNumber("lanes");
        return attributes;
    }

    public override Geometry Shape(Coordinate[] coordinates, GeometryFactory factory) => factory.CreateLineString(coordinates);
}
