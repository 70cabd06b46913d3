namespace GeoPlan.Core.Crs;

/// <summary>A deliberate, position-dependent offset of WGS 84 longitude/latitude, as Chinese web maps apply (GCJ-02, BD-09).</summary>
/// <remarks>
/// The offsets are published only as their forward formulas (WGS 84 to the shifted system). <see cref="ToWgs84"/> inverts
/// them by fixed-point iteration: the offsets change slowly with position (by less than 0.025° per degree), so each step
/// shrinks the error at least fortyfold, and the iteration stops once the forward image of its estimate lies within
/// <see cref="Tolerance"/> (1e-9°, about 0.1 mm) of the given position: after three or four steps across the metropolitan
/// area, where a round trip returns every point to within 0.2 mm.
/// </remarks>
public abstract class LonLatOffset
{
    /// <summary>Largest residual, in degrees, the inverse leaves: 1e-9°, about 0.1 mm on the ground.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Most steps the inverse takes; reached only where the forward formula jumps (the edge of its China box).</summary>
    public const int MaxIterations = 50;

    /// <summary>The short name of the shifted system, e.g. <c>GCJ-02</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The shifted longitude/latitude of a WGS 84 longitude/latitude.</summary>
    public abstract (double Lon, double Lat) FromWgs84(double lon, double lat);

    /// <summary>The WGS 84 longitude/latitude whose shifted position is the given one, within <see cref="Tolerance"/>.</summary>
    public (double Lon, double Lat) ToWgs84(double lon, double lat)
    {
        var (x, y) = (lon, lat);
        for (var step = 0; step < MaxIterations; step++)
        {
            var (shiftedX, shiftedY) = FromWgs84(x, y);
            var (errorX, errorY) = (shiftedX - lon, shiftedY - lat);
            if (Math.Abs(errorX) < Tolerance && Math.Abs(errorY) < Tolerance)
            {
                break;
            }

            (x, y) = (x - errorX, y - errorY);
        }

        return (x, y);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
