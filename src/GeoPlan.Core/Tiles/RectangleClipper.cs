namespace GeoPlan.Core.Tiles;

/// <summary>Clips rings and lines to the square [min, max]² of a buffered tile, without a general overlay.</summary>
/// <remarks>
/// Rings are clipped edge by edge (Sutherland–Hodgman). A concave ring may come out with edges running along the
/// square's border; they lie in the buffer, outside the drawn tile, and renderers fill such rings correctly.
/// </remarks>
internal sealed class RectangleClipper(double min, double max)
{
    private PointBuffer _front = new();
    private PointBuffer _back = new();

    /// <summary>Whether bounds lie wholly inside the square.</summary>
    public bool Contains((double MinX, double MinY, double MaxX, double MaxY) bounds) =>
        bounds.MinX >= min && bounds.MaxX <= max && bounds.MinY >= min && bounds.MaxY <= max;

    /// <summary>Whether bounds miss the square altogether.</summary>
    public bool Misses((double MinX, double MinY, double MaxX, double MaxY) bounds) =>
        bounds.MaxX < min || bounds.MinX > max || bounds.MaxY < min || bounds.MinY > max;

    /// <summary>The part of ring <paramref name="ring"/> inside the square, as an open ring in a buffer owned by the clipper.</summary>
    public PointBuffer ClipRing(PointBuffer ring)
    {
        var source = ring;
        for (var edge = 0; edge < 4; edge++)
        {
            _front.Clear();
            ClipRingToEdge(source, _front, axis: edge & 1, bound: edge < 2 ? min : max, keepAbove: edge < 2);
            (_front, _back) = (_back, _front);
            source = _back;
            if (source.Count == 0)
            {
                break;
            }
        }

        return source;
    }

    /// <summary>Appends the pieces of <paramref name="line"/> inside the square to <paramref name="output"/>, noting their ends.</summary>
    public void ClipLine(PointBuffer line, PointBuffer output, List<int> pieceEnds)
    {
        var open = false;
        for (var i = 0; i + 1 < line.Count; i++)
        {
            double px = line.X(i), py = line.Y(i), dx = line.X(i + 1) - px, dy = line.Y(i + 1) - py;
            double t0 = 0, t1 = 1;
            var visible = Limit(-dx, px - min, ref t0, ref t1) && Limit(dx, max - px, ref t0, ref t1) &&
                          Limit(-dy, py - min, ref t0, ref t1) && Limit(dy, max - py, ref t0, ref t1);
            if (!visible)
            {
                if (open)
                {
                    pieceEnds.Add(output.Count);
                    open = false;
                }

                continue;
            }

            if (!open || t0 > 0)
            {
                if (open)
                {
                    pieceEnds.Add(output.Count);
                }

                output.Add(px + (t0 * dx), py + (t0 * dy));
                open = true;
            }

            output.Add(t1 < 1 ? px + (t1 * dx) : line.X(i + 1), t1 < 1 ? py + (t1 * dy) : line.Y(i + 1));
            if (t1 < 1)
            {
                pieceEnds.Add(output.Count);
                open = false;
            }
        }

        if (open)
        {
            pieceEnds.Add(output.Count);
        }
    }

    // One Liang–Barsky test: narrows [t0, t1] to where p·t ≤ q holds; false when nothing is left.
    private static bool Limit(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0)
        {
            return q >= 0;
        }

        var t = q / p;
        if (p < 0)
        {
            if (t > t1)
            {
                return false;
            }

            t0 = Math.Max(t0, t);
        }
        else
        {
            if (t < t0)
            {
                return false;
            }

            t1 = Math.Min(t1, t);
        }

        return true;
    }

    private static void ClipRingToEdge(PointBuffer source, PointBuffer target, int axis, double bound, bool keepAbove)
    {
        var n = source.Count;
        var previous = n - 1;
        var previousInside = Inside(Coordinate(source, previous, axis), bound, keepAbove);
        for (var i = 0; i < n; i++)
        {
            var inside = Inside(Coordinate(source, i, axis), bound, keepAbove);
            if (inside != previousInside)
            {
                AddCrossing(source, previous, i, axis, bound, target);
            }

            if (inside)
            {
                target.Add(source.X(i), source.Y(i));
            }

            previous = i;
            previousInside = inside;
        }
    }

    private static void AddCrossing(PointBuffer source, int from, int to, int axis, double bound, PointBuffer target)
    {
        double ax = source.X(from), ay = source.Y(from), bx = source.X(to), by = source.Y(to);
        if (axis == 0)
        {
            target.Add(bound, ay + ((bound - ax) / (bx - ax) * (by - ay)));
        }
        else
        {
            target.Add(ax + ((bound - ay) / (by - ay) * (bx - ax)), bound);
        }
    }

    private static double Coordinate(PointBuffer buffer, int index, int axis) => axis == 0 ? buffer.X(index) : buffer.Y(index);

    private static bool Inside(double value, double bound, bool keepAbove) => keepAbove ? value >= bound : value <= bound;
}
