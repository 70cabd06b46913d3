using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;

namespace GeoPlan.Core.Crs;

/// <summary>A coordinate reference system GeoPlan reads and writes.</summary>
/// <param name="Code">The short code, e.g. <c>EPSG:4550</c> or <c>CRS84</c>.</param>
/// <param name="Uri">The OGC URI, e.g. <c>http://www.opengis.net/def/crs/EPSG/0/4550</c>.</param>
/// <param name="Name">The EPSG name.</param>
/// <param name="Srid">The EPSG number (4326 for CRS84, whose axis order differs).</param>
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
    CoordinateSystem System);
