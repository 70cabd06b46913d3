using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;

namespace GeoPlan.Core.Crs;

/// <summary>A coordinate reference system GeoPlan reads and writes.</summary>
/// <param name="Code">The short code, e.g. <c>EPSG:4550</c>, <c>CRS84</c> or <c>GCJ-02</c>.</param>
/// <param name="Uri">
/// The OGC URI, e.g. <c>http://www.opengis.net/def/crs/EPSG/0/4550</c>; empty for GCJ-02 and BD-09, which no authority registers.
/// </param>
/// <param name="Name">The EPSG name (a descriptive one for GCJ-02 and BD-09).</param>
/// <param name="Srid">
/// The EPSG number (4326 for CRS84, whose axis order differs; 0 for GCJ-02 and BD-09, which EPSG does not define).
/// </param>
/// <param name="LatitudeFirst">True when the authority's axis order is latitude, longitude (EPSG:4326, EPSG:4490).</param>
/// <param name="AreaOfUse">Where the CRS is meant to be used, in WGS 84 longitude/latitude.</param>
/// <param name="System">The ProjNET coordinate system.</param>
public sealed record CrsDefinition(
    string Code,
    string Uri,
    string Name,
    int Srid,
    bool LatitudeFirst,
    Envelope AreaOfUse,
    CoordinateSystem System)
{
    /// <summary>The offset that shifts WGS 84 longitude/latitude into this CRS (GCJ-02, BD-09); null for every other CRS.</summary>
    public LonLatOffset? Offset { get; init; }
}
