using NetTopologySuite.Geometries;
using OsmSharp;

namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>One layer of an OSM file: which nodes and ways belong to it, their attributes, and the shape of a way.</summary>
internal abstract class OsmLayer
{
    /// <summary>The layer called <paramref name="name"/> in <see cref="OsmLayers"/>, or null when there is none by that name.</summary>
    public static OsmLayer? Named(string? name) => name switch
    {
        OsmLayers.Roads => new RoadLayer(),
        OsmLayers.Railways => new RailwayLayer(),
        OsmLayers.Stations => new StationLayer(),
        _ => null,
    };

    public virtual bool Selects(Node node) => false;

    public abstract bool Selects(Way way);

    public abstract Dictionary<string, object?> Attributes(OsmGeo element);

    /// <summary>The geometry of a selected way from its node coordinates (at least two, in way order).</summary>
    public abstract Geometry Shape(Coordinate[] coordinates, GeometryFactory factory);

    /// <summary>Adds <c>name</c>, <c>name_zh</c> (<c>name:zh</c>, else <c>name</c>, Chinese in China) and <c>name_en</c>.</summary>
    protected static void AddNames(Dictionary<string, object?> attributes, OsmGeo element)
    {
        var name = element.Tag("name");
        attributes["name"] = name;
        attributes["name_zh"] = element.Tag("name:zh") ?? name;
        attributes["name_en"] = element.Tag("name:en");
    }

    protected static Dictionary<string, object?> StartAttributes(OsmGeo element) =>
        new(StringComparer.Ordinal) { ["osm_id"] = element.Id };
}
