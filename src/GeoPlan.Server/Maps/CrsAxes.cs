using GeoPlan.Core.Crs;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;

namespace GeoPlan.Server.Maps;

/// <summary>Moves envelopes between a CRS's own axis order and east/north order, where X is always the easting or longitude.</summary>
internal static class CrsAxes
{
    /// <summary>True for CRSs in degrees of longitude and latitude (CRS84, EPSG:4326, EPSG:4490).</summary>
    public static bool IsGeographic(CrsDefinition crs) => crs.System is GeographicCoordinateSystem;

    /// <summary>The envelope with X east and Y north, from one in <paramref name="crs"/>'s axis order.</summary>
    public static Envelope ToEastNorth(Envelope inCrsOrder, CrsDefinition crs) =>
        crs.LatitudeFirst ? new Envelope(inCrsOrder.MinY, inCrsOrder.MaxY, inCrsOrder.MinX, inCrsOrder.MaxX) : new Envelope(inCrsOrder);

    /// <summary>The envelope in <paramref name="crs"/>'s axis order, from one with X east and Y north.</summary>
    public static Envelope FromEastNorth(Envelope eastNorth, CrsDefinition crs) => ToEastNorth(eastNorth, crs);

    /// <summary>A coordinate pair in <paramref name="crs"/>'s axis order, from east and north.</summary>
    public static (double X, double Y) FromEastNorth(double east, double north, CrsDefinition crs) =>
        crs.LatitudeFirst ? (north, east) : (east, north);

    /// <summary>How a box's four numbers are ordered in the CRS, e.g. <c>minLat,minLon,maxLat,maxLon</c> for EPSG:4326.</summary>
    public static string BoxOrder(CrsDefinition crs) =>
        crs.LatitudeFirst ? "minLat,minLon,maxLat,maxLon" : IsGeographic(crs) ? "minLon,minLat,maxLon,maxLat" : "minX,minY,maxX,maxY";

    /// <summary>The code a WMS 1.3 document writes for the CRS: <c>CRS:84</c> for CRS84, else the EPSG code.</summary>
    public static string WmsCode(CrsDefinition crs) => crs == CrsRegistry.Crs84 ? "CRS:84" : crs.Code;
}
