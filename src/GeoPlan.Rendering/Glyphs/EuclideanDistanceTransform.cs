namespace GeoPlan.Rendering.Glyphs;

/// <summary>The exact squared Euclidean distance transform of a sampled function (Felzenszwalb and Huttenlocher, 2012).</summary>
/// <remarks>Each cell becomes min over all cells q of |p − q|² + f(q): with f = 0 on seeds and <see cref="Far"/> elsewhere,
/// the squared distance to the nearest seed. Linear in the number of cells: one pass down every column, one along every row.</remarks>
internal sealed class EuclideanDistanceTransform
{
    /// <summary>A value standing for "no seed here"; large but finite, so differences of two such values stay numbers.</summary>
    public const double Far = 1e20;

    private readonly double[] _samples;
    private readonly int[] _parabolaAt;
    private readonly double[] _boundaries;

    /// <summary>A transform for grids whose sides are at most <paramref name="maxSide"/> cells.</summary>
    public EuclideanDistanceTransform(int maxSide)
    {
        _samples = new double[maxSide];
        _parabolaAt = new int[maxSide];
        _boundaries = new double[maxSide + 1];
    }

    /// <summary>Replaces every cell of the row-major <paramref name="grid"/> by its transform.</summary>
    public void Apply(Span<double> grid, int width, int height)
    {
        for (var x = 0; x < width; x++)
        {
            Transform1D(grid, x, width, height);
        }

        for (var y = 0; y < height; y++)
        {
            Transform1D(grid, y * width, 1, width);
        }
    }

    // The lower envelope of the parabolas rooted at each sample, read back at every sample.
    private void Transform1D(Span<double> grid, int offset, int stride, int length)
    {
        var f = _samples;
        var v = _parabolaAt;
        var z = _boundaries;
        for (var q = 0; q < length; q++)
        {
            f[q] = grid[offset + (q * stride)];
        }

        var k = 0;
        v[0] = 0;
        z[0] = double.NegativeInfinity;
        z[1] = double.PositiveInfinity;
        for (var q = 1; q < length; q++)
        {
            // z[0] is −∞, so the search stops at the first parabola at the latest.
            var s = Intersection(f, q, v[k]);
            while (s <= z[k])
            {
                k--;
                s = Intersection(f, q, v[k]);
            }

            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = double.PositiveInfinity;
        }

        k = 0;
        for (var q = 0; q < length; q++)
        {
            while (z[k + 1] < q)
            {
                k++;
            }

            var d = q - v[k];
            grid[offset + (q * stride)] = ((double)d * d) + f[v[k]];
        }
    }

    // Where the parabola rooted at q meets the one rooted at r < q.
    private static double Intersection(double[] f, int q, int r) =>
        (f[q] + ((double)q * q) - f[r] - ((double)r * r)) / (2.0 * (q - r));
}
