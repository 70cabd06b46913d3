namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>The area two polygonal areas share, integrated from their boundaries without building the intersection polygon.</summary>
/// <remarks>
/// Each signed edge e stands for the strip between it and a base line y0 below both areas; an area's indicator is the sum of its
/// edges' signed strips. The shared area is the integral of the product of the two indicators, so it is the sum over pairs of edges
/// (one of each area) whose x-ranges overlap of sign × sign × the integral of (min(e_a(x), e_b(x)) − y0) over the overlap. Every term
/// is a closed-form integral of the lower of two lines: no intersection points are classified, so edges that touch, cross at a
/// vertex or run along each other need no special case, and the result matches an overlay to rounding. Pairs are found slab by slab.
/// </remarks>
internal static class IntersectionArea
{
    /// <summary>The area in m² inside both <paramref name="a"/> and <paramref name="b"/>, both on <paramref name="grid"/>.</summary>
    public static double SquareMetres(SlabbedBoundary a, SlabbedBoundary b, SlabGrid grid)
    {
        var baseY = Math.Min(a.MinY, b.MinY);
        var total = 0.0;
        for (var slab = Math.Max(a.FirstSlab, b.FirstSlab); slab <= Math.Min(a.LastSlab, b.LastSlab); slab++)
        {
            var left = grid.Left(slab);
            var right = left + grid.Width;
            var edgesOfB = b.InSlab(slab);
            foreach (var edgeOfA in a.InSlab(slab))
            {
                var fromX = Math.Max(edgeOfA.X0, left);
                var toX = Math.Min(edgeOfA.X1, right);
                var sum = 0.0;
                foreach (var edgeOfB in edgesOfB)
                {
                    var x0 = Math.Max(fromX, edgeOfB.X0);
                    var x1 = Math.Min(toX, edgeOfB.X1);
                    if (x1 > x0)
                    {
                        sum += edgeOfB.Sign * UnderLowerLine(edgeOfA, edgeOfB, x0, x1, baseY);
                    }
                }

                total += edgeOfA.Sign * sum;
            }
        }

        return total;
    }

    // The integral over [x0, x1] of min(a(x), b(x)) − baseY; the two lines cross at most once.
    private static double UnderLowerLine(in BoundaryEdge a, in BoundaryEdge b, double x0, double x1, double baseY)
    {
        var (a0, a1) = (a.YAt(x0) - baseY, a.YAt(x1) - baseY);
        var (b0, b1) = (b.YAt(x0) - baseY, b.YAt(x1) - baseY);
        var width = x1 - x0;
        var (d0, d1) = (a0 - b0, a1 - b1);
        if (d0 <= 0 && d1 <= 0)
        {
            return (a0 + a1) * 0.5 * width;
        }

        if (d0 >= 0 && d1 >= 0)
        {
            return (b0 + b1) * 0.5 * width;
        }

        var t = d0 / (d0 - d1);
        var atCrossing = a0 + ((a1 - a0) * t);
        var (lowerLeft, lowerRight) = d0 < 0 ? (a0, b1) : (b0, a1);
        return ((lowerLeft + atCrossing) * 0.5 * t * width) + ((atCrossing + lowerRight) * 0.5 * (1 - t) * width);
    }
}
