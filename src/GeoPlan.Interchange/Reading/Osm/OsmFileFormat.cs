namespace GeoPlan.Interchange.Reading.Osm;

/// <summary>The two encodings of OpenStreetMap data, told apart by a file's first bytes rather than its name.</summary>
internal enum OsmFileFormat
{
    Xml,
    Pbf,
}
