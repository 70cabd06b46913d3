using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Crs;

/// <summary>Lengths and areas of WGS 84 geometries in metres, measured in CGCS2000 / Gauss-Kruger CM 123E — never in degrees.</summary>
/// <remarks>Across the metropolitan area (about 121°E to 125.5°E) the projection's scale error stays below 0.05 %.</remarks>
public static class MetricMeasure
{
    private static readonly CrsTransform ToMetric = new(CrsRegistry.Crs84, CrsRegistry.Cgcs2000Gk123);

    /// <summary>Length in metres of a lon/lat geometry (perimeter for polygons).</summary>
    public static double LengthMeters(Geometry lonLat) => ToMetric.Apply(lonLat).Length;

    /// <summary>Area in square metres of a lon/lat geometry.</summary>
    public static double AreaSquareMeters(Geometry lonLat) => ToMetric.Apply(lonLat).Area;

    /// <summary>The geometry in metres (EPSG:4550), for measuring several things at once.</summary>
    public static Geometry ToMetres(Geometry lonLat) => ToMetric.Apply(lonLat);
}
