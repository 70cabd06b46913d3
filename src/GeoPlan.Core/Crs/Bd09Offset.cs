namespace GeoPlan.Core.Crs;

/// <summary>BD-09 (百度坐标, Baidu maps) from WGS 84: GCJ-02 first, then Baidu's own published offset.</summary>
/// <remarks>
/// Baidu's step turns GCJ-02 (λ, φ) in degrees into polar form, r = √(λ² + φ²) + 0.00002 sin(3000 π φ / 180) and
/// θ = atan2(φ, λ) + 0.000003 cos(3000 π λ / 180), and adds (0.0065°, 0.006°) to r (cos θ, sin θ). It applies everywhere,
/// as the published formula does: only the GCJ-02 step is zero outside China.
/// </remarks>
internal sealed class Bd09Offset : LonLatOffset
{
    private const double Wave = Math.PI * 3000.0 / 180.0;

    /// <summary>The one instance.</summary>
    public static Bd09Offset Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "BD-09";

    /// <inheritdoc />
    public override (double Lon, double Lat) FromWgs84(double lon, double lat)
    {
        var (x, y) = Gcj02Offset.Instance.FromWgs84(lon, lat);
        return FromGcj02(x, y);
    }

    /// <summary>The BD-09 longitude/latitude of a GCJ-02 longitude/latitude.</summary>
    public static (double Lon, double Lat) FromGcj02(double lon, double lat)
    {
        var r = Math.Sqrt((lon * lon) + (lat * lat)) + (0.00002 * Math.Sin(lat * Wave));
        var theta = Math.Atan2(lat, lon) + (0.000003 * Math.Cos(lon * Wave));
        return ((r * Math.Cos(theta)) + 0.0065, (r * Math.Sin(theta)) + 0.006);
    }
}
