using System.Globalization;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Storage;

/// <summary>A WGS 84 longitude/latitude box; valid by construction (min ≤ max, longitudes within ±180, latitudes within ±90).</summary>
public readonly record struct BoundingBox
{
    private BoundingBox(double minX, double minY, double maxX, double maxY) => (MinX, MinY, MaxX, MaxY) = (minX, minY, maxX, maxY);

    /// <summary>Western longitude.</summary>
    public double MinX { get; }

    /// <summary>Southern latitude.</summary>
    public double MinY { get; }

    /// <summary>Eastern longitude.</summary>
    public double MaxX { get; }

    /// <summary>Northern latitude.</summary>
    public double MaxY { get; }

    /// <summary>The box as an NTS envelope.</summary>
    public Envelope ToEnvelope() => new(MinX, MaxX, MinY, MaxY);

    /// <summary>Makes a box, or explains why the four numbers do not make one.</summary>
    public static bool TryCreate(double minX, double minY, double maxX, double maxY, out BoundingBox bbox, out string? error)
    {
        bbox = default;
        error = (minX, minY, maxX, maxY) switch
        {
            _ when !double.IsFinite(minX) || !double.IsFinite(minY) || !double.IsFinite(maxX) || !double.IsFinite(maxY)
                => "all four numbers must be finite",
            _ when minX < -180 || maxX > 180 => "longitudes must lie within -180..180",
            _ when minY < -90 || maxY > 90 => "latitudes must lie within -90..90",
            _ when minX > maxX => $"minimum longitude {Format(minX)} is greater than maximum longitude {Format(maxX)}",
            _ when minY > maxY => $"minimum latitude {Format(minY)} is greater than maximum latitude {Format(maxY)}",
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        bbox = new BoundingBox(minX, minY, maxX, maxY);
        return true;
    }

    /// <summary>Parses <c>minLon,minLat,maxLon,maxLat</c> (OGC API bbox, CRS84); the error says what was wrong.</summary>
    public static bool TryParse(string? text, out BoundingBox bbox, out string? error)
    {
        bbox = default;
        var parts = (text ?? "").Split(',');
        if (parts.Length != 4)
        {
            error = $"expected 4 comma-separated numbers minLon,minLat,maxLon,maxLat but got {parts.Length} value(s)";
            return false;
        }

        var numbers = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
            {
                error = $"'{parts[i].Trim()}' is not a number";
                return false;
            }
        }

        return TryCreate(numbers[0], numbers[1], numbers[2], numbers[3], out bbox, out error);
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
