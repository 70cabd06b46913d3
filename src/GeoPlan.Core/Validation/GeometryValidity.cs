using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace GeoPlan.Core.Validation;

/// <summary>OGC validity of a geometry: what NetTopologySuite's <see cref="IsValidOp"/> says, reached sooner for plain small polygons.</summary>
public static class GeometryValidity
{
    // Past this many segments the pairwise test costs more than IsValidOp's indexed one.
    private const int MaxQuickSegments = 32;

    /// <summary>The first validity error of <paramref name="geometry"/>, or null when it is valid.</summary>
    public static TopologyValidationError? FindError(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return geometry is Polygon { NumInteriorRings: 0 } polygon && IsPlainRing(polygon.ExteriorRing.CoordinateSequence)
            ? null
            : new IsValidOp(geometry).ValidationError;
    }

    /// <summary>True when a closed ring is certainly a valid polygon shell: three or more distinct points, no two segments crossing or touching
    /// but neighbours at their shared point, no neighbours folding back on each other; false means "not certain", never "invalid".</summary>
    /// <remarks>Each test is an exact orientation sign; anything collinear is left to <see cref="IsValidOp"/>, which knows its rules.</remarks>
    internal static bool IsPlainRing(CoordinateSequence ring)
    {
        // The positions of the ring's points, a point repeated right after itself counted once.
        Span<int> points = stackalloc int[MaxQuickSegments + 1];
        var count = 0;
        for (var i = 0; i < ring.Count; i++)
        {
            if (count > 0 && ring.GetCoordinate(i).Equals2D(ring.GetCoordinate(points[count - 1])))
            {
                continue;
            }

            if (count == points.Length || !double.IsFinite(ring.GetX(i)) || !double.IsFinite(ring.GetY(i)))
            {
                return false;
            }

            points[count++] = i;
        }

        // A ring that is not closed, or has fewer than three distinct points, is IsValidOp's to report.
        var segments = count - 1;
        if (segments < 3 || !ring.GetCoordinate(points[0]).Equals2D(ring.GetCoordinate(points[segments])))
        {
            return false;
        }

        for (var i = 0; i < segments; i++)
        {
            var a = ring.GetCoordinate(points[i]);
            var b = ring.GetCoordinate(points[i + 1]);
            // The turn into the next segment: a straight or folded continuation is collinear, and left to IsValidOp.
            var next = ring.GetCoordinate(points[i + 2 <= segments ? i + 2 : 1]);
            if (Orientation.Index(a, b, next) == OrientationIndex.Collinear)
            {
                return false;
            }

            // Every later segment but the neighbours must lie wholly apart from this one.
            var last = i == 0 ? segments - 2 : segments - 1;
            for (var j = i + 2; j <= last; j++)
            {
                if (!AreApart(a, b, ring.GetCoordinate(points[j]), ring.GetCoordinate(points[j + 1])))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // True when segments ab and cd certainly share no point: strict sides only, never a touch or collinear case.
    private static bool AreApart(Coordinate a, Coordinate b, Coordinate c, Coordinate d)
    {
        var c1 = Orientation.Index(a, b, c);
        var d1 = Orientation.Index(a, b, d);
        if (c1 == OrientationIndex.Collinear || d1 == OrientationIndex.Collinear)
        {
            return false;
        }

        if (c1 == d1)
        {
            return true;
        }

        var a2 = Orientation.Index(c, d, a);
        var b2 = Orientation.Index(c, d, b);
        return a2 != OrientationIndex.Collinear && b2 != OrientationIndex.Collinear && a2 == b2;
    }
}
