namespace GeoPlan.Core.Crs;

/// <summary>GCJ-02 (国测局坐标, the "Mars" coordinates of Gaode/AutoNavi and Tencent maps) from WGS 84.</summary>
/// <remarks>
/// The forward formula is the one the open-source converters publish (coordtransform, gcoord, eviltransform): two
/// trigonometric series in degrees from (105°E, 35°N), scaled to degrees on the Krasovsky 1940 ellipsoid
/// (a = 6378245 m, e² = 0.00669342162296594323). Outside China the offset is zero, by coordtransform's rule: a point
/// counts as in China when 73.66 &lt; longitude &lt; 135.05 and 3.86 &lt; latitude &lt; 53.55 (a box, not the border,
/// so parts of neighbouring countries are shifted and nothing of mainland China is missed).
/// </remarks>
internal sealed class Gcj02Offset : LonLatOffset
{
    private const double KrasovskyA = 6378245.0;
    private const double KrasovskyE2 = 0.00669342162296594323;

    /// <summary>The one instance.</summary>
    public static Gcj02Offset Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "GCJ-02";

    /// <summary>True where the formula shifts positions (the box described on the class).</summary>
    public static bool InChina(double lon, double lat) => lon > 73.66 && lon < 135.05 && lat > 3.86 && lat < 53.55;

    /// <inheritdoc />
    public override (double Lon, double Lat) FromWgs84(double lon, double lat)
    {
        if (!InChina(lon, lat))
        {
            return (lon, lat);
        }

        var x = lon - 105.0;
        var y = lat - 35.0;
        var phi = lat / 180.0 * Math.PI;
        var sinPhi = Math.Sin(phi);
        var w2 = 1 - (KrasovskyE2 * sinPhi * sinPhi);
        var w = Math.Sqrt(w2);
        var meridianRadius = KrasovskyA * (1 - KrasovskyE2) / (w2 * w);
        var parallelRadius = KrasovskyA / w * Math.Cos(phi);
        var dLat = LatitudeSeries(x, y) * 180.0 / (meridianRadius * Math.PI);
        var dLon = LongitudeSeries(x, y) * 180.0 / (parallelRadius * Math.PI);
        return (lon + dLon, lat + dLat);
    }

    // The series give metres; their common periodic term in x is shared.
    private static double LatitudeSeries(double x, double y) =>
        -100.0 + (2.0 * x) + (3.0 * y) + (0.2 * y * y) + (0.1 * x * y) + (0.2 * Math.Sqrt(Math.Abs(x)))
        + CommonWave(x)
        + (((20.0 * Math.Sin(y * Math.PI)) + (40.0 * Math.Sin(y / 3.0 * Math.PI))) * 2.0 / 3.0)
        + (((160.0 * Math.Sin(y / 12.0 * Math.PI)) + (320 * Math.Sin(y * Math.PI / 30.0))) * 2.0 / 3.0);

    private static double LongitudeSeries(double x, double y) =>
        300.0 + x + (2.0 * y) + (0.1 * x * x) + (0.1 * x * y) + (0.1 * Math.Sqrt(Math.Abs(x)))
        + CommonWave(x)
        + (((20.0 * Math.Sin(x * Math.PI)) + (40.0 * Math.Sin(x / 3.0 * Math.PI))) * 2.0 / 3.0)
        + (((150.0 * Math.Sin(x / 12.0 * Math.PI)) + (300.0 * Math.Sin(x / 30.0 * Math.PI))) * 2.0 / 3.0);

    private static double CommonWave(double x) => ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
}
