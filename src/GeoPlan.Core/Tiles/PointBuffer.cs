namespace GeoPlan.Core.Tiles;

/// <summary>A growable list of x, y pairs in floating-point tile units, reused from feature to feature.</summary>
internal sealed class PointBuffer
{
    private double[] _xy = new double[512];

    public int Count { get; private set; }

    public ReadOnlySpan<double> Coordinates => _xy.AsSpan(0, 2 * Count);

    public double X(int index) => _xy[2 * index];

    public double Y(int index) => _xy[(2 * index) + 1];

    public void Clear() => Count = 0;

    public void Add(double x, double y)
    {
        if (2 * (Count + 1) > _xy.Length)
        {
            Array.Resize(ref _xy, _xy.Length * 2);
        }

        _xy[2 * Count] = x;
        _xy[(2 * Count) + 1] = y;
        Count++;
    }

    /// <summary>The points' bounds as (minX, minY, maxX, maxY).</summary>
    public (double MinX, double MinY, double MaxX, double MaxY) Bounds()
    {
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity;
        double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (var i = 0; i < 2 * Count; i += 2)
        {
            minX = Math.Min(minX, _xy[i]);
            maxX = Math.Max(maxX, _xy[i]);
            minY = Math.Min(minY, _xy[i + 1]);
            maxY = Math.Max(maxY, _xy[i + 1]);
        }

        return (minX, minY, maxX, maxY);
    }

    /// <summary>The absolute area of the points taken as a ring, by the surveyor's formula around the first point.</summary>
    public double RingArea()
    {
        if (Count < 3)
        {
            return 0;
        }

        // Measuring from the first point keeps the products small where coordinates are large (deep zooms, big rings).
        double x0 = _xy[0], y0 = _xy[1], sum = 0;
        for (var i = 2; i < (2 * Count) - 2; i += 2)
        {
            sum += ((_xy[i] - x0) * (_xy[i + 3] - y0)) - ((_xy[i + 2] - x0) * (_xy[i + 1] - y0));
        }

        return Math.Abs(sum) / 2;
    }
}
