namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>The layers an OpenStreetMap file is read as; <see cref="FeatureSourceOptions.Layer"/> chooses one per import.</summary>
public static class OsmLayers
{
    /// <summary>Ways of the motor-road classes in <see cref="OsmRoadClasses"/>, as lines with class and speed.</summary>
    public const string Roads = "roads";

    /// <summary>Ways of railway, metro, light rail, monorail, narrow gauge and tram track in service, as lines.</summary>
    public const string Railways = "railways";

    /// <summary>Railway stations, halts and tram stops, as points (areas by their centroid).</summary>
    public const string Stations = "stations";

    /// <summary>Every layer name, in the order messages list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Roads, Railways, Stations];
}
