namespace GeoPlan.Testing.Mvt;

/// <summary>The GeomType of a decoded feature.</summary>
public enum MvtGeometryType
{
    /// <summary>UNKNOWN (0).</summary>
    Unknown = 0,

    /// <summary>POINT (1).</summary>
    Point = 1,

    /// <summary>LINESTRING (2).</summary>
    LineString = 2,

    /// <summary>POLYGON (3).</summary>
    Polygon = 3,
}
