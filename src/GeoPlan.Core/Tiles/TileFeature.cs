using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tiles;

/// <summary>A feature to put in a vector tile: its WGS 84 geometry, its properties and, where it has one, an integer id.</summary>
/// <param name="Geometry">The geometry in longitude/latitude.</param>
/// <param name="Properties">Text, whole-number, real or boolean values by name; null values are left out.</param>
/// <param name="Id">The MVT feature id, or null for none.</param>
public readonly record struct TileFeature(
    Geometry Geometry,
    IEnumerable<KeyValuePair<string, object?>>? Properties = null,
    ulong? Id = null);
