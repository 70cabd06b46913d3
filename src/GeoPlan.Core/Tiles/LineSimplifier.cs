namespace GeoPlan.Core.Tiles;

/// <summary>Douglas–Peucker simplification of lines and rings in tile units, with its work arrays kept between calls.</summary>
internal sealed class LineSimplifier(double tolerance)
{
    private readonly double _toleranceSquared = tolerance * tolerance;
    private bool[] _keep = new bool[512];
    private int[] _stack = new int[256];

    /// <summary>Marks the points of an open line to keep; the first and last always are.</summary>
    public ReadOnlySpan<bool> Line(ReadOnlySpan<double> xy)
    {
        var count = xy.Length / 2;
        Prepare(count);
        _keep[0] = _keep[count - 1] = true;
        Simplify(xy, 0, count - 1);
        return _keep.AsSpan(0, count);
    }

    /// <summary>Marks the points of an open ring to keep: the first point and the one farthest from it anchor the two halves.</summary>
    public ReadOnlySpan<bool> Ring(ReadOnlySpan<double> xy)
    {
        var count = xy.Length / 2;
        Prepare(count);
        var far = 0;
        var farthest = -1.0;
        for (var i = 1; i < count; i++)
        {
            var dx = xy[2 * i] - xy[0];
            var dy = xy[(2 * i) + 1] - xy[1];
            if ((dx * dx) + (dy * dy) > farthest)
            {
                farthest = (dx * dx) + (dy * dy);
                far = i;
            }
        }

        _keep[0] = _keep[far] = true;
        Simplify(xy, 0, far);
        Simplify(xy, far, count);
        return _keep.AsSpan(0, count);
    }

    private void Prepare(int count)
    {
        if (count + 1 > _keep.Length)
        {
            _keep = new bool[Math.Max(count + 1, _keep.Length * 2)];
        }

        Array.Clear(_keep, 0, count + 1);
    }

    // Index count (one past the last point) stands for the first point again, closing a ring.
    private void Simplify(ReadOnlySpan<double> xy, int first, int last)
    {
        var count = xy.Length / 2;
        var top = 0;
        Push(first, last, ref top);
        while (top > 0)
        {
            var end = _stack[--top];
            var start = _stack[--top];
            double ax = xy[2 * start], ay = xy[(2 * start) + 1];
            var e = end == count ? 0 : end;
            double bx = xy[2 * e], by = xy[(2 * e) + 1];
            var worst = -1;
            var worstDistance = _toleranceSquared;
            for (var i = start + 1; i < end; i++)
            {
                var distance = SegmentDistanceSquared(xy[2 * i], xy[(2 * i) + 1], ax, ay, bx, by);
                if (distance > worstDistance)
                {
                    worst = i;
                    worstDistance = distance;
                }
            }

            if (worst >= 0)
            {
                _keep[worst] = true;
                Push(start, worst, ref top);
                Push(worst, end, ref top);
            }
        }
    }

    private void Push(int start, int end, ref int top)
    {
        if (end - start < 2)
        {
            return;
        }

        if (top + 2 > _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[top++] = start;
        _stack[top++] = end;
    }

    private static double SegmentDistanceSquared(double px, double py, double ax, double ay, double bx, double by)
    {
        double dx = bx - ax, dy = by - ay;
        var lengthSquared = (dx * dx) + (dy * dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / lengthSquared, 0, 1);
        var ex = ax + (t * dx) - px;
        var ey = ay + (t * dy) - py;
        return (ex * ex) + (ey * ey);
    }
}
