namespace GeoPlan.Testing.Roads;

/// <summary>A class of generated road, named as OSM's <c>highway</c> values are, with its speed.</summary>
/// <remarks>Speeds are OSM China's class defaults (see GeoPlan.Interchange's OsmRoadClasses) but for expressways, which
/// get the 120 km/h design speed of the bundled expressways.</remarks>
internal sealed record RoadClass(string Name, double SpeedKmh)
{
    public static RoadClass Motorway { get; } = new("motorway", 120);

    public static RoadClass Primary { get; } = new("primary", 60);

    public static RoadClass Secondary { get; } = new("secondary", 40);

    public static RoadClass Tertiary { get; } = new("tertiary", 30);
}
