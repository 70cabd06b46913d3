using GeoPlan.Core.Crs;

namespace GeoPlan.Server.Maps;

/// <summary>How many metres on the ground one unit of a CRS spans at a place, east-west and north-south, for scale denominators.</summary>
internal static class GroundScale
{
    private const double EarthRadius = 6_371_008.8;

    /// <summary>Metres per CRS unit along the east and north axes at the given easting and northing.</summary>
    public static (double East, double North) MetresPerUnit(CrsDefinition crs, double east, double north)
    {
        var step = CrsAxes.IsGeographic(crs) ? 1e-4 : 10;
        var toLonLat = new CrsTransform(crs, CrsRegistry.Crs84);
        (double Lon, double Lat) At(double e, double n)
        {
            var (x, y) = CrsAxes.FromEastNorth(e, n, crs);
            return toLonLat.Apply(x, y);
        }

        var perEast = Distance(At(east - (step / 2), north), At(east + (step / 2), north)) / step;
        var perNorth = Distance(At(east, north - (step / 2)), At(east, north + (step / 2))) / step;
        return (perEast, perNorth);
    }

    // Haversine on the mean Earth sphere: exact enough for a scale, whatever the CRS.
    private static double Distance((double Lon, double Lat) a, (double Lon, double Lat) b)
    {
        var lat1 = double.DegreesToRadians(a.Lat);
        var lat2 = double.DegreesToRadians(b.Lat);
        var dLat = lat2 - lat1;
        var dLon = double.DegreesToRadians(b.Lon - a.Lon);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadius * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
