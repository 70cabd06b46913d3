using NetTopologySuite.Geometries;

namespace GeoPlan.Testing.Roads;

/// <summary>Offsets in metres east and north of a point turned into lon/lat, on a local flat approximation.</summary>
/// <remarks>Good to well under 1% within 50 km, which is all generated data needs; analysis measures in EPSG:4550 anyway.</remarks>
internal readonly record struct LocalMetres(double Lon, double Lat)
{
    private const double MetresPerDegreeLat = 110_574;
    private const double MetresPerDegreeLonAtEquator = 111_320;

    /// <summary>The point <paramref name="east"/> and <paramref name="north"/> metres away, rounded to 7 decimals (about 1 cm).</summary>
    public Coordinate At(double east, double north) => new(
        Math.Round(Lon + (east / (MetresPerDegreeLonAtEquator * Math.Cos(Lat * Math.PI / 180))), 7),
        Math.Round(Lat + (north / MetresPerDegreeLat), 7));

    /// <summary>Metres east and north of this point to <paramref name="point"/>.</summary>
    public (double East, double North) To(Coordinate point) =>
        ((point.X - Lon) * MetresPerDegreeLonAtEquator * Math.Cos(Lat * Math.PI / 180), (point.Y - Lat) * MetresPerDegreeLat);
}
