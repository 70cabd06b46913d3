namespace GeoPlan.Core.Tests.Crs;

/// <summary>Metres between two nearby longitude/latitude positions, on the GRS 80 ellipsoid's local radii of curvature.</summary>
internal static class GroundDistance
{
    private const double SemiMajorAxis = 6378137;
    private const double EccentricitySquared = 0.00669438002290;

    // Exact enough for the centimetres and millimetres these tests compare: the radii change by a few parts per million
    // across the distances involved.
    public static double Metres((double Lon, double Lat) a, (double Lon, double Lat) b)
    {
        var phi = (a.Lat + b.Lat) / 2 * Math.PI / 180;
        var w = Math.Sqrt(1 - (EccentricitySquared * Math.Sin(phi) * Math.Sin(phi)));
        var meridian = SemiMajorAxis * (1 - EccentricitySquared) / (w * w * w);
        var primeVertical = SemiMajorAxis / w;
        var north = (b.Lat - a.Lat) * Math.PI / 180 * meridian;
        var east = (b.Lon - a.Lon) * Math.PI / 180 * primeVertical * Math.Cos(phi);
        return Math.Sqrt((north * north) + (east * east));
    }

    /// <summary>A grid over the metropolitan area, 121°E to 125.5°E and 40°N to 43°N, every 0.1° (1,426 points).</summary>
    public static IEnumerable<(double Lon, double Lat)> MetropolitanGrid()
    {
        for (var i = 0; i <= 45; i++)
        {
            for (var j = 0; j <= 30; j++)
            {
                yield return (121 + (i * 0.1), 40 + (j * 0.1));
            }
        }
    }
}
