namespace GeoPlan.Core.Tiles;

/// <summary>The kind of a tile geometry; the values are the Mapbox Vector Tile GeomType numbers.</summary>
public enum TileGeometryType
{
    /// <summary>A point or multipoint.</summary>
    Point = 1,

    /// <summary>A linestring or multilinestring.</summary>
    LineString = 2,

    /// <summary>A polygon or multipolygon.</summary>
    Polygon = 3,
}
